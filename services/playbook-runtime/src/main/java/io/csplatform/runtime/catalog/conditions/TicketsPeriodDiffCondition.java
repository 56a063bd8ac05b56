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
 * {@code tickets.period-diff}: tickets created in the last {@code days} days minus those of the {@code days} before
 * ({@code mode} absolute, or percent of the previous period) passes {@code diff}.
 */
@Singleton
public class TicketsPeriodDiffCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["days", "diff"],
             "properties": {"days": {"type": "integer", "minimum": 1, "maximum": 3660}, "mode": %s, "diff": %s}}"""
            .formatted(PeriodDiff.MODE_SCHEMA, Comparison.SCHEMA));

    @Override
    public String id() {
        return "tickets.period-diff";
    }

    @Override
    public Labels labels() {
        return new Labels("Difference in tickets between periods", "Diferença entre o total de tickets no período");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Context.Period current = context.lastDays(params.path("days").asInt());
        Context.Period previous = current.previous();
        String mode = PeriodDiff.mode(params);
        Comparison comparison = Comparison.of(params.path("diff"));
        long now = context.facts().ticketsPerDay().count(current.from(), current.to());
        long before = context.facts().ticketsPerDay().count(previous.from(), previous.to());
        BigDecimal diff = PeriodDiff.of(mode, BigDecimal.valueOf(now), BigDecimal.valueOf(before));
        Map<String, Object> seen = new HashMap<>();
        seen.put("period.current", current.toString());
        seen.put("period.previous", previous.toString());
        seen.put("tickets.current", now);
        seen.put("tickets.previous", before);
        seen.put("mode", mode);
        seen.put("diff", diff);
        if (diff == null) {
            seen.put("note", "percent unknown: no tickets in the previous period");
        }
        seen.put("threshold", comparison.toString());
        return Outcome.of(comparison.test(diff), seen);
    }
}
