package io.csplatform.surveys.survey;

import io.csplatform.events.payload.SurveySend;

import java.util.Locale;

/** The two kinds of survey and their scales: NPS 0 to 10, CSAT 1 to 5. */
public enum SurveyKind {

    NPS(0, 10), CSAT(1, 5);

    private final int min;
    private final int max;

    SurveyKind(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean accepts(int score) {
        return score >= min && score <= max;
    }

    /** The kind named {@code text} ({@value SurveySend#NPS} or {@value SurveySend#CSAT}, any case); null otherwise. */
    public static SurveyKind parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case SurveySend.NPS -> NPS;
            case SurveySend.CSAT -> CSAT;
            default -> null;
        };
    }
}
