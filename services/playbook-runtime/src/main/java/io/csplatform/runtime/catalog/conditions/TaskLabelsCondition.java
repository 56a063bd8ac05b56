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
import java.util.stream.StreamSupport;

/**
 * {@code task.labels}: a journey or board task (optionally only {@code status} pending / completed; default any)
 * has {@code any} (default) or {@code all} of {@code labels} (case-insensitive).
 */
@Singleton
public class TaskLabelsCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["labels"],
             "properties": {"labels": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
                            "match": {"enum": ["any", "all"], "default": "any"},
                            "status": {"enum": ["pending", "completed", "any"], "default": "any"}}}""");

    @Override
    public String id() {
        return "task.labels";
    }

    @Override
    public Labels labels() {
        return new Labels("Tasks with labels", "Tarefas com etiquetas");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        List<String> labels = StreamSupport.stream(params.path("labels").spliterator(), false)
                .map(JsonNode::asText).toList();
        boolean all = "all".equals(params.path("match").asText("any"));
        String status = params.path("status").asText("any");
        List<String> matching = context.facts().tasks().stream()
                .filter(task -> "any".equals(status) || task.completed() == "completed".equals(status))
                .filter(task -> all ? hasAll(task, labels) : hasAny(task, labels))
                .map(task -> String.valueOf(task.id())).toList();
        Map<String, Object> seen = new HashMap<>();
        seen.put("labels", labels);
        seen.put("match", all ? "all" : "any");
        seen.put("status", status);
        seen.put("tasks.matching", matching);
        return Outcome.of(!matching.isEmpty(), seen);
    }

    /** Whether the task has any of the labels; true when no labels are asked for. */
    static boolean hasAny(Facts.Task task, List<String> labels) {
        return labels.isEmpty() || labels.stream().anyMatch(label -> has(task, label));
    }

    static boolean hasAll(Facts.Task task, List<String> labels) {
        return labels.stream().allMatch(label -> has(task, label));
    }

    private static boolean has(Facts.Task task, String label) {
        return task.labels() != null && task.labels().stream().anyMatch(l -> l != null && l.equalsIgnoreCase(label));
    }
}
