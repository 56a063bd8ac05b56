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

/**
 * {@code playbook.executions-in-period}: the times this playbook ran for the customer in the last {@code days} days
 * (the tenant's days, today included) pass {@code count}.
 */
@Singleton
public class PlaybookExecutionsInPeriodCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["days", "count"],
             "properties": {"days": {"type": "integer", "minimum": 1, "maximum": 3660}, "count": %s}}"""
            .formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "playbook.executions-in-period";
    }

    @Override
    public Labels labels() {
        return new Labels("Playbook executions for the customer in a period",
                "Determinar quantidade de execuções do playbook para um cliente por período");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Comparison comparison = Comparison.of(params.path("count"));
        Context.Period period = context.lastDays(params.path("days").asInt());
        long count = context.facts().executionsOf(context.playbookId()).stream()
                .map(at -> at.atZone(context.zone()).toLocalDate())
                .filter(day -> !day.isBefore(period.from()) && !day.isAfter(period.to()))
                .count();
        Map<String, Object> seen = new HashMap<>();
        seen.put("period", period.toString());
        seen.put("playbook.executions", count);
        seen.put("threshold", comparison.toString());
        return Outcome.of(comparison.test(count), seen);
    }
}
