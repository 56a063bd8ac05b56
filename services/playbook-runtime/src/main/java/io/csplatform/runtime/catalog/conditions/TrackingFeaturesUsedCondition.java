package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Comparison;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code tracking.features-used}: the number of distinct features used (count &gt; 0) in the last {@code days} days passes {@code count}. */
@Singleton
public class TrackingFeaturesUsedCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["days", "count"],
             "properties": {"days": {"type": "integer", "minimum": 1, "maximum": 3660}, "count": %s}}"""
            .formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "tracking.features-used";
    }

    @Override
    public Labels labels() {
        return new Labels("Tracking features used in the period", "Quantidade de recursos do tracking utilizados no período");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Context.Period period = context.lastDays(params.path("days").asInt());
        Comparison comparison = Comparison.of(params.path("count"));
        List<String> features = context.facts().tracking().byFeature(period.from(), period.to()).entrySet().stream()
                .filter(entry -> entry.getValue().signum() > 0).map(Map.Entry::getKey).sorted().toList();
        Map<String, Object> seen = new HashMap<>();
        seen.put("period", period.toString());
        seen.put("features", features);
        seen.put("features.used", features.size());
        seen.put("threshold", comparison.toString());
        return Outcome.of(comparison.test(features.size()), seen);
    }
}
