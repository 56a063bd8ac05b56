package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.ParamsSchema;
import io.csplatform.runtime.evaluation.PathError;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A survey answer arrived; optional {@code min} / {@code max} (both included) filter its {@code score}. */
abstract class ScoreResponseTrigger implements EventTrigger {

    /** The params schema for scores from {@code lowest} to {@code highest}. */
    static JsonNode schema(int lowest, int highest) {
        String score = "{\"type\": \"integer\", \"minimum\": " + lowest + ", \"maximum\": " + highest + "}";
        return ParamsSchema.parse("""
                {"type": "object", "additionalProperties": false,
                 "properties": {"min": %s, "max": %s}}""".formatted(score, score));
    }

    @Override
    public List<PathError> validate(JsonNode params, String path) {
        List<PathError> errors = ParamsSchema.validate(paramsSchema(), params, path);
        if (errors.isEmpty() && params != null && params.path("min").isInt() && params.path("max").isInt()
                && params.get("min").asInt() > params.get("max").asInt()) {
            return List.of(new PathError(path + ".max", "must not be below min"));
        }
        return errors;
    }

    @Override
    public Outcome matches(JsonNode params, Context context) {
        JsonNode score = context.event().payload().get("score");
        JsonNode min = params.get("min");
        JsonNode max = params.get("max");
        Map<String, Object> seen = new HashMap<>();
        seen.put("score", score == null || score.isNull() ? null : score.asInt());
        seen.put("min", min == null ? null : min.asInt());
        seen.put("max", max == null ? null : max.asInt());
        boolean known = score != null && score.isNumber();
        boolean passed = (min == null || known && score.asInt() >= min.asInt())
                && (max == null || known && score.asInt() <= max.asInt());
        return Outcome.of(passed, seen);
    }
}
