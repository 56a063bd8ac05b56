package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import io.csplatform.runtime.evaluation.PathError;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code nps.answer.score}: the NPS answer's score is within [{@code min}, {@code max}] (0..10, both included,
 * defaults 0 and 10). The answer is the triggering {@code nps.response.received}'s, else the customer's latest.
 */
@Singleton
public class NpsAnswerScoreCondition implements Condition {

    static final String NPS_EVENT = "nps.response.received";
    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {"min": {"type": "integer", "minimum": 0, "maximum": 10, "default": 0},
                            "max": {"type": "integer", "minimum": 0, "maximum": 10, "default": 10}}}""");

    @Override
    public String id() {
        return "nps.answer.score";
    }

    @Override
    public Labels labels() {
        return new Labels("NPS answered with score", "NPS respondido com nota");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public List<PathError> validate(JsonNode params, String path) {
        List<PathError> errors = new ArrayList<>(Condition.super.validate(params, path));
        if (errors.isEmpty() && params != null && params.path("min").isInt() && params.path("max").isInt()
                && params.path("min").asInt() > params.path("max").asInt()) {
            errors.add(new PathError(path + ".max", "must not be less than min"));
        }
        return errors;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        int min = params.path("min").asInt(0);
        int max = params.path("max").asInt(10);
        Map<String, Object> seen = new HashMap<>();
        seen.put("range", min + ".." + max);
        Integer score;
        if (context.event() != null && NPS_EVENT.equals(context.event().type())
                && context.event().payload().path("score").isIntegralNumber()) {
            score = context.event().payload().path("score").asInt();
            seen.put("source", "triggering answer");
        } else {
            Optional<Facts.Answer> latest = latestNps(context.facts());
            score = latest.map(Facts.Answer::score).orElse(null);
            seen.put("source", latest.isPresent() ? "latest answer" : "no NPS answer");
            seen.put("answeredAt", latest.map(answer -> String.valueOf(answer.answeredAt())).orElse(null));
        }
        seen.put("nps.score", score);
        return Outcome.of(score != null && score >= min && score <= max, seen);
    }

    static boolean isNps(Facts.Answer answer) {
        return "NPS".equalsIgnoreCase(answer.kind());
    }

    private static Optional<Facts.Answer> latestNps(Facts facts) {
        return facts.answers().stream().filter(NpsAnswerScoreCondition::isNps)
                .max(Comparator.comparing(Facts.Answer::answeredAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())));
    }
}
