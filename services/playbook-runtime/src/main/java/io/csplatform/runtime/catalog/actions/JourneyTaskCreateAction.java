package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.payload.Assignee;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.JourneyTaskCreate;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;
import io.csplatform.runtime.evaluation.TriggerEvent;

import java.time.ZoneOffset;

/** {@code journey.task.create}: a task due N days after the trigger, optionally skipping weekends. */
@Singleton
public class JourneyTaskCreateAction implements Action {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "required": ["title", "dueInDays"],
             "properties": {
               "title": {"type": "string", "minLength": 1, "pattern": "\\\\S"},
               "dueInDays": {"type": "integer", "minimum": 0},
               "skipWeekends": {"type": "boolean"},
               "assignee": {"type": "object", "additionalProperties": false,
                            "properties": {"ownerType": {"type": "string"}, "userId": {"type": "string"}}}}}""");

    @Override
    public String id() {
        return "journey.task.create";
    }

    @Override
    public Labels labels() {
        return new Labels("Create a journey task", "Criar tarefa na Jornada do Cliente");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, TriggerEvent event, Facts facts) {
        JsonNode assignee = params.path("assignee");
        return Plan.send(JourneyMessages.JOURNEY_TASK_CREATE, new JourneyTaskCreate(step, event.customerId(),
                params.path("title").asText(), params.path("dueInDays").asInt(),
                params.path("skipWeekends").asBoolean(false), event.time().atZone(ZoneOffset.UTC).toLocalDate(),
                assignee.isObject() ? new Assignee(text(assignee, "ownerType"), text(assignee, "userId")) : null));
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
