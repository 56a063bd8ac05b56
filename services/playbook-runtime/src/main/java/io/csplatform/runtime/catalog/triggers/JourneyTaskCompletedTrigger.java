package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import io.csplatform.runtime.evaluation.PathError;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code journey.task.completed}: any journey task is completed, or one matching every criterion given:
 * {@code journeyId}, {@code stage} (case-insensitive), the task ({@code templateTaskId} or {@code title}) and
 * {@code labels} (any of, case-insensitive).
 */
@Singleton
public class JourneyTaskCompletedTrigger implements EventTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {
               "journeyId": {"type": "string", "format": "uuid"},
               "stage": {"type": "string", "minLength": 1},
               %s,
               "labels": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}}}"""
            .formatted(TriggerSupport.TASK_PROPERTIES));

    @Override
    public String id() {
        return "journey.task.completed";
    }

    @Override
    public Labels labels() {
        return new Labels("Journey task completed (optionally with criteria)", "Conclusão de tarefa da jornada");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public List<PathError> validate(JsonNode params, String path) {
        return TriggerSupport.concat(ParamsSchema.validate(SCHEMA, params, path),
                TriggerSupport.oneTaskReference(params, path));
    }

    @Override
    public Outcome matches(JsonNode params, Context context) {
        JsonNode payload = context.event().payload();
        String journeyId = TriggerSupport.text(params, "journeyId");
        String stage = TriggerSupport.text(params, "stage");
        List<String> labels = TriggerSupport.texts(params.get("labels"));
        List<String> taskLabels = TriggerSupport.texts(payload.get("labels"));
        boolean passed = (journeyId == null
                || journeyId.equalsIgnoreCase(String.valueOf(TriggerSupport.text(payload, "journeyId"))))
                && (stage == null || TriggerSupport.equalsIgnoreCase(stage, TriggerSupport.text(payload, "stage")))
                && TriggerSupport.sameTask(params, payload)
                && (labels.isEmpty() || TriggerSupport.anyOf(labels, taskLabels));
        Map<String, Object> seen = new HashMap<>();
        seen.put("event.journeyId", TriggerSupport.text(payload, "journeyId"));
        seen.put("event.stage", TriggerSupport.text(payload, "stage"));
        seen.put("event.templateTaskId", TriggerSupport.text(payload, "templateTaskId"));
        seen.put("event.title", TriggerSupport.text(payload, "title"));
        seen.put("event.labels", taskLabels);
        seen.put("journeyId", journeyId);
        seen.put("stage", stage);
        seen.put("templateTaskId", TriggerSupport.text(params, "templateTaskId"));
        seen.put("title", TriggerSupport.text(params, "title"));
        seen.put("labels", labels.isEmpty() ? null : labels);
        return Outcome.of(passed, seen);
    }
}
