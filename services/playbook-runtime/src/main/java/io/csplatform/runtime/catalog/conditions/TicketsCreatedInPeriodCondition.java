package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Comparison;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** {@code tickets.created-in-period}: the number of tickets created in the last {@code days} days passes {@code count}. */
@Singleton
public class TicketsCreatedInPeriodCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["days", "count"],
             "properties": {"days": {"type": "integer", "minimum": 1, "maximum": 3660}, "count": %s}}"""
            .formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "tickets.created-in-period";
    }

    @Override
    public Labels labels() {
        return new Labels("Tickets created in the period", "Quantidade de tickets criados no período");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Context.Period period = context.lastDays(params.path("days").asInt());
        Comparison comparison = Comparison.of(params.path("count"));
        long count = context.facts().ticketsPerDay().count(period.from(), period.to());
        Map<String, Object> seen = new HashMap<>();
        seen.put("period", period.toString());
        seen.put("tickets.created", count);
        seen.put("threshold", comparison.toString());
        return Outcome.of(comparison.test(count), seen);
    }
}
