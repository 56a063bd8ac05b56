package io.csplatform.surveys.link;

import io.csplatform.surveys.SurveysConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** The public URLs of a personal link: its answer page and its opt-out page. */
@ApplicationScoped
public class SurveyLinks {

    public static final String PATH = "/public/surveys/";

    private final String base;

    public SurveyLinks(SurveysConfig config) {
        this.base = config.publicUrl().replaceAll("/+$", "");
    }

    public String answer(String token) {
        return base + PATH + token;
    }

    public String optOut(String token) {
        return answer(token) + "/opt-out";
    }
}
