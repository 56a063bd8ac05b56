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
 * {@code journey.task.completed}: the journey task named by {@code templateTaskId} or {@code title}
 * (case-insensitive), optionally in journey {@code journeyId}, is completed (any of its occurrences).
 */
@Singleton
public class JourneyTaskCompletedCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {%s},
             %s}""".formatted(JourneyTaskRef.PROPERTIES, JourneyTaskRef.ONE_OF_REQUIRED));

    @Override
    public String id() {
        return "journey.task.completed";
    }

    @Override
    public Labels labels() {
        return new Labels("Journey task completed", "Tarefa da Jornada do Cliente concluída");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        JourneyTaskRef ref = JourneyTaskRef.of(params);
        List<Facts.Task> tasks = ref.find(context.facts());
        Map<String, Object> seen = new HashMap<>();
        seen.put("task", ref.describe());
        seen.put("tasks.status", JourneyTaskRef.statuses(tasks));
        return Outcome.of(tasks.stream().anyMatch(Facts.Task::completed), seen);
    }
}
