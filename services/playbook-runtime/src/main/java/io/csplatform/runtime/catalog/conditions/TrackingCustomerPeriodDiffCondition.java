package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Comparison;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code tracking.customer-period-diff}: the customer's tracking total (optionally of one {@code feature}) of the
 * last {@code days} days minus the {@code days} before ({@code mode} absolute or percent) passes {@code diff}.
 */
@Singleton
public class TrackingCustomerPeriodDiffCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["days", "diff"],
             "properties": {"days": {"type": "integer", "minimum": 1, "maximum": 3660}, "mode": %s,
                            "feature": %s, "diff": %s}}"""
            .formatted(PeriodDiff.MODE_SCHEMA, TrackingUsage.FEATURE_SCHEMA, Comparison.SCHEMA));

    @Override
    public String id() {
        return "tracking.customer-period-diff";
    }

    @Override
    public Labels labels() {
        return new Labels("Tracking difference between periods (customer total)",
                "Diferença de quantidade entre períodos do Tracking (total do cliente)");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Context.Period current = context.lastDays(params.path("days").asInt());
        Context.Period previous = current.previous();
        String feature = params.hasNonNull("feature") ? params.path("feature").asText() : null;
        String mode = PeriodDiff.mode(params);
        Comparison comparison = Comparison.of(params.path("diff"));
        BigDecimal now = TrackingUsage.total(context.facts().tracking(), current, feature);
        BigDecimal before = TrackingUsage.total(context.facts().tracking(), previous, feature);
        BigDecimal diff = PeriodDiff.of(mode, now, before);
        Map<String, Object> seen = new HashMap<>();
        seen.put("period.current", current.toString());
        seen.put("period.previous", previous.toString());
        seen.put("feature", feature);
        seen.put("tracking.current", now);
        seen.put("tracking.previous", before);
        seen.put("mode", mode);
        seen.put("diff", diff);
        if (diff == null) {
            seen.put("note", "percent unknown: no usage in the previous period");
        }
        seen.put("threshold", comparison.toString());
        return Outcome.of(comparison.test(diff), seen);
    }
}
