package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.payload.Assignee;
import io.csplatform.events.payload.BoardTaskCreate;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.time.LocalTime;

/**
 * {@code board.task.create}: a card on the CSM's board, {@code startInDays} after today at {@code time} (tenant
 * zone; 09:00 by default), lasting a multiple of 15 minutes, optionally skipping weekends and with the customer's
 * main contact as its main responsible. The CSM is the assignee (default: the Analista Principal).
 */
@Singleton
public class BoardTaskCreateAction implements Action {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["title", "durationMinutes"],
             "properties": {
               "title": %s,
               "durationMinutes": {"type": "integer", "minimum": 15, "maximum": 1440, "multipleOf": 15},
               "startInDays": {"type": "integer", "minimum": 0, "maximum": 3650},
               "time": {"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"},
               "skipWeekends": {"type": "boolean"},
               "contactAsMainResponsible": {"type": "boolean"},
               "assignee": %s,
               "labels": {"type": "array", "items": %s, "uniqueItems": true}}}""".formatted(ActionParams.TEXT,
            ActionParams.ASSIGNEE, ActionParams.TEXT));

    @Override
    public String id() {
        return "board.task.create";
    }

    @Override
    public Labels labels() {
        return new Labels("Create a task on the CSM's board", "Criar tarefa no board do CSM");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public java.util.List<io.csplatform.runtime.evaluation.PathError> validate(JsonNode params, String path) {
        java.util.List<io.csplatform.runtime.evaluation.PathError> errors = new java.util.ArrayList<>(Action.super.validate(params, path));
        errors.addAll(ActionParams.templates(params, path, "title"));
        return errors;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, Context context) {
        LocalTime time = params.hasNonNull("time") ? LocalTime.parse(params.get("time").asText()) : LocalTime.of(9, 0);
        var startAt = context.today().plusDays(params.path("startInDays").asInt(0)).atTime(time)
                .atZone(context.zone()).toInstant();
        String mainContact = null;
        if (params.path("contactAsMainResponsible").asBoolean(false)) {
            var main = context.facts().mainContact();
            if (main.isEmpty()) {
                return Plan.skip("the card's main responsible is the main contact, and the customer has none");
            }
            mainContact = main.map(Facts.Contact::name).orElse(null);
        }
        Assignee assignee = ActionParams.assignee(params);
        var title = ActionParams.title(params, context);
        if (title.text().isEmpty()) {
            return Plan.skip("title: " + title.error());
        }
        return Plan.send(JourneyMessages.BOARD_TASK_CREATE, new BoardTaskCreate(step, context.facts().customerId(),
                title.text().get(), startAt, params.path("durationMinutes").asInt(),
                params.path("skipWeekends").asBoolean(false),
                assignee != null ? assignee : new Assignee(TemplateVariables.DEFAULT_OWNER_TYPE, null), mainContact,
                params.has("labels") ? ActionParams.texts(params, "labels") : java.util.List.of()));
    }
}
