package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code journey.checklist-item.completed}: checklist item {@code item} (case-insensitive) of the journey task named
 * by {@code templateTaskId} or {@code title} (optional {@code journeyId}) is among its completed items.
 */
@Singleton
public class JourneyChecklistItemCompletedCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["item"],
             "properties": {%s, "item": {"type": "string", "minLength": 1}},
             %s}""".formatted(JourneyTaskRef.PROPERTIES, JourneyTaskRef.ONE_OF_REQUIRED));

    @Override
    public String id() {
        return "journey.checklist-item.completed";
    }

    @Override
    public Labels labels() {
        return new Labels("Journey checklist item completed",
                "Item de Checklist da Jornada do Cliente marcado como Concluído");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        JourneyTaskRef ref = JourneyTaskRef.of(params);
        String item = params.path("item").asText().trim();
        List<Facts.Task> tasks = ref.find(context.facts());
        List<String> done = tasks.stream()
                .filter(task -> task.completedChecklistItems() != null && task.completedChecklistItems().stream()
                        .anyMatch(completed -> completed != null && completed.trim().equalsIgnoreCase(item)))
                .map(task -> String.valueOf(task.id())).toList();
        Map<String, Object> seen = new HashMap<>();
        seen.put("task", ref.describe());
        seen.put("item", item);
        seen.put("tasks.found", tasks.size());
        seen.put("tasks.withItemCompleted", done);
        return Outcome.of(!done.isEmpty(), seen);
    }
}
