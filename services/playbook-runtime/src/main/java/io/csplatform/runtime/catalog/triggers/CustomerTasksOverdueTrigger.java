package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code customer.tasks.overdue} (scheduled, daily): the customer has a pending task (journey or board) due at least
 * {@code minDaysLate} days (default 1) before today; optional {@code labels} (any of, case-insensitive) and
 * {@code at} (local time of the daily check).
 */
@Singleton
public class CustomerTasksOverdueTrigger extends DailyScheduledTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {
               "minDaysLate": {"type": "integer", "minimum": 1, "default": 1},
               "labels": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
               %s}}""".formatted(TriggerSupport.AT_PROPERTY));

    @Override
    public String id() {
        return "customer.tasks.overdue";
    }

    @Override
    public Labels labels() {
        return new Labels("Customer with overdue tasks (checked daily)", "Cliente com tarefas atrasadas");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome firesFor(JsonNode params, Context context) {
        int minDaysLate = params.path("minDaysLate").asInt(1);
        List<String> labels = TriggerSupport.texts(params.get("labels"));
        LocalDate today = context.today();
        LocalDate dueBy = today.minusDays(minDaysLate);
        List<Facts.Task> overdue = context.facts().tasks().stream()
                .filter(task -> !task.completed() && task.dueDate() != null && !task.dueDate().isAfter(dueBy))
                .filter(task -> labels.isEmpty() || task.labels() != null && TriggerSupport.anyOf(labels, task.labels()))
                .sorted(Comparator.comparing(Facts.Task::dueDate))
                .toList();
        Map<String, Object> seen = new HashMap<>();
        seen.put("minDaysLate", minDaysLate);
        seen.put("dueOnOrBefore", dueBy);
        seen.put("labels", labels.isEmpty() ? null : labels);
        seen.put("overdueTasks", overdue.stream().map(task -> task.title() + " (due " + task.dueDate() + ")").toList());
        seen.put("maxDaysLate", overdue.isEmpty() ? null : ChronoUnit.DAYS.between(overdue.get(0).dueDate(), today));
        return Outcome.of(!overdue.isEmpty(), seen);
    }
}
