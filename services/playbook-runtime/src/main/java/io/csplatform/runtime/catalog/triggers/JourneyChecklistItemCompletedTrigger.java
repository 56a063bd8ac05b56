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
 * {@code journey.checklist-item.completed}: a checklist item of a journey task is completed; optional filters
 * {@code journeyId}, the task ({@code templateTaskId} or its {@code title}, case-insensitive) and the {@code item}
 * name (case-insensitive).
 */
@Singleton
public class JourneyChecklistItemCompletedTrigger implements EventTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {
               "journeyId": {"type": "string", "format": "uuid"},
               %s,
               "item": {"type": "string", "minLength": 1}}}""".formatted(TriggerSupport.TASK_PROPERTIES));

    @Override
    public String id() {
        return "journey.checklist-item.completed";
    }

    @Override
    public Labels labels() {
        return new Labels("Journey checklist item completed",
                "Item de checklist da Jornada do Cliente marcado como Concluído");
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
        String item = TriggerSupport.text(params, "item");
        boolean passed = (journeyId == null || journeyId.equalsIgnoreCase(String.valueOf(TriggerSupport.text(payload, "journeyId"))))
                && TriggerSupport.sameTask(params, payload)
                && (item == null || TriggerSupport.equalsIgnoreCase(item, TriggerSupport.text(payload, "item")));
        Map<String, Object> seen = new HashMap<>();
        seen.put("event.journeyId", TriggerSupport.text(payload, "journeyId"));
        seen.put("event.templateTaskId", TriggerSupport.text(payload, "templateTaskId"));
        seen.put("event.title", TriggerSupport.text(payload, "title"));
        seen.put("event.item", TriggerSupport.text(payload, "item"));
        seen.put("journeyId", journeyId);
        seen.put("templateTaskId", TriggerSupport.text(params, "templateTaskId"));
        seen.put("title", TriggerSupport.text(params, "title"));
        seen.put("item", item);
        return Outcome.of(passed, seen);
    }
}
