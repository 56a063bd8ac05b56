package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * {@code task.overdue-days}: a pending journey or board task is overdue by more than {@code days} days (today minus
 * its due date &gt; days); {@code labels} (optional) keeps only tasks with any of them (case-insensitive).
 */
@Singleton
public class TaskOverdueDaysCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["days"],
             "properties": {"days": {"type": "integer", "minimum": 0, "maximum": 3660},
                            "labels": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}}}""");

    @Override
    public String id() {
        return "task.overdue-days";
    }

    @Override
    public Labels labels() {
        return new Labels("Task overdue by more than X days", "Tarefa atrasada a mais de X dias");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        int days = params.path("days").asInt();
        List<String> labels = StreamSupport.stream(params.path("labels").spliterator(), false)
                .map(JsonNode::asText).toList();
        LocalDate today = context.today();
        Long mostLate = null;
        int overdue = 0;
        for (Facts.Task task : context.facts().tasks()) {
            if (task.completed() || task.dueDate() == null || !task.dueDate().isBefore(today)
                    || !TaskLabelsCondition.hasAny(task, labels)) {
                continue;
            }
            long late = ChronoUnit.DAYS.between(task.dueDate(), today);
            if (late > days) {
                overdue++;
            }
            mostLate = mostLate == null ? late : Math.max(mostLate, late);
        }
        Map<String, Object> seen = new HashMap<>();
        seen.put("days", days);
        seen.put("labels", labels);
        seen.put("daysLate.max", mostLate);
        seen.put("tasks.overdueMoreThanDays", overdue);
        return Outcome.of(overdue > 0, seen);
    }
}
