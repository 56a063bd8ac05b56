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
 * {@code journey.task.status}: the journey task named by {@code templateTaskId} or {@code title} (optional
 * {@code journeyId}) has {@code status} pending or completed (any of its occurrences); no such task fails.
 */
@Singleton
public class JourneyTaskStatusCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["status"],
             "properties": {%s, "status": {"enum": ["pending", "completed"]}},
             %s}""".formatted(JourneyTaskRef.PROPERTIES, JourneyTaskRef.ONE_OF_REQUIRED));

    @Override
    public String id() {
        return "journey.task.status";
    }

    @Override
    public Labels labels() {
        return new Labels("Journey task X is pending / completed",
                "Tarefa X da Jornada do Cliente com status pendente/concluído");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        JourneyTaskRef ref = JourneyTaskRef.of(params);
        boolean wantCompleted = "completed".equals(params.path("status").asText());
        List<Facts.Task> tasks = ref.find(context.facts());
        Map<String, Object> seen = new HashMap<>();
        seen.put("task", ref.describe());
        seen.put("status", params.path("status").asText());
        seen.put("tasks.status", JourneyTaskRef.statuses(tasks));
        return Outcome.of(tasks.stream().anyMatch(task -> task.completed() == wantCompleted), seen);
    }
}
