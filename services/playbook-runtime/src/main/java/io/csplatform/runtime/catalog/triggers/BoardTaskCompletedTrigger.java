package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code board.task.completed}: a CSM-board card is completed and matches every criterion given: {@code title}
 * (contained, case-insensitive), {@code labels} (any of) and {@code taskType}. Board cards have no type of their own,
 * so {@code taskType} is a label name the card must carry (case-insensitive).
 */
@Singleton
public class BoardTaskCompletedTrigger implements EventTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {
               "title": {"type": "string", "minLength": 1},
               "labels": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
               "taskType": {"type": "string", "minLength": 1, "description": "a label name the card carries"}}}""");

    @Override
    public String id() {
        return "board.task.completed";
    }

    @Override
    public Labels labels() {
        return new Labels("CSM board task completed (with criteria)", "Conclusão de tarefa na board do CSM com critérios");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome matches(JsonNode params, Context context) {
        JsonNode payload = context.event().payload();
        String title = TriggerSupport.text(payload, "title");
        List<String> labels = TriggerSupport.texts(payload.get("labels"));
        String wantedTitle = TriggerSupport.text(params, "title");
        List<String> wantedLabels = TriggerSupport.texts(params.get("labels"));
        String taskType = TriggerSupport.text(params, "taskType");

        boolean passed = (wantedTitle == null || title != null
                && title.toLowerCase(Locale.ROOT).contains(wantedTitle.trim().toLowerCase(Locale.ROOT)))
                && (wantedLabels.isEmpty() || TriggerSupport.anyOf(wantedLabels, labels))
                && (taskType == null || TriggerSupport.anyOf(List.of(taskType), labels));
        Map<String, Object> seen = new HashMap<>();
        seen.put("task.title", title);
        seen.put("task.labels", labels);
        seen.put("title", wantedTitle);
        seen.put("labels", wantedLabels.isEmpty() ? null : wantedLabels);
        seen.put("taskType", taskType);
        return Outcome.of(passed, seen);
    }
}
