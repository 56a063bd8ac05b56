package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code customer.tasks.none-completed} (scheduled, daily): no task (journey or board) of the customer has a
 * completion date within the last {@code days} days, today included (a customer without tasks fires too);
 * optional {@code at}.
 */
@Singleton
public class CustomerTasksNoneCompletedTrigger extends DailyScheduledTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["days"],
             "properties": {
               "days": {"type": "integer", "minimum": 1},
               %s}}""".formatted(TriggerSupport.AT_PROPERTY));

    @Override
    public String id() {
        return "customer.tasks.none-completed";
    }

    @Override
    public Labels labels() {
        return new Labels("Customer without completed tasks in the last X days",
                "Cliente sem tarefas concluídas nos últimos X dias");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome firesFor(JsonNode params, Context context) {
        Context.Period period = context.lastDays(params.path("days").asInt(1));
        LocalDate lastCompleted = context.facts().tasks().stream()
                .map(Facts.Task::completedDate)
                .filter(Objects::nonNull)
                .filter(day -> !day.isAfter(period.to()))
                .max(Comparator.naturalOrder())
                .orElse(null);
        boolean passed = lastCompleted == null || lastCompleted.isBefore(period.from());
        Map<String, Object> seen = new HashMap<>();
        seen.put("period", period.toString());
        seen.put("lastCompletedDate", lastCompleted);
        return Outcome.of(passed, seen);
    }
}
