package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Comparison;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code healthscore.value}: the health score passes {@code score} (a comparison), or its band is one of
 * {@code band} (case-insensitive). Never scored: fails.
 */
@Singleton
public class HealthscoreValueCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {"score": %s,
                            "band": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}},
             "oneOf": [{"required": ["score"]}, {"required": ["band"]}]}""".formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "healthscore.value";
    }

    @Override
    public Labels labels() {
        return new Labels("Health score value", "Health Score com pontuação");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Facts.Health health = context.facts().health();
        Map<String, Object> seen = new HashMap<>();
        seen.put("health.score", health == null ? null : health.score());
        seen.put("health.band", health == null ? null : health.band());
        if (health == null) {
            seen.put("note", "never scored");
        }
        if (params.has("score")) {
            Comparison comparison = Comparison.of(params.path("score"));
            seen.put("threshold", comparison.toString());
            return Outcome.of(health != null && comparison.test(health.score()), seen);
        }
        List<String> bands = new ArrayList<>();
        params.path("band").forEach(band -> bands.add(band.asText()));
        seen.put("bands", bands);
        String band = health == null ? null : health.band();
        return Outcome.of(band != null && bands.stream().anyMatch(band::equalsIgnoreCase), seen);
    }
}
