package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.JourneyTaskCreate;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

/**
 * {@code journey.task.create}: a task in the customer's journey (in {@code stage}, else the current one), due
 * {@code dueInDays} after today in the tenant's zone, optionally skipping weekends, for an owner type or a user, with
 * a description (journeys fills its variables), labels and a first comment.
 */
@Singleton
public class JourneyTaskCreateAction implements Action {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["title", "dueInDays"],
             "properties": {
               "title": %s,
               "dueInDays": {"type": "integer", "minimum": 0, "maximum": 3650},
               "skipWeekends": {"type": "boolean"},
               "assignee": %s,
               "stage": %s,
               "description": {"type": "string", "maxLength": 10000},
               "labels": {"type": "array", "items": %s, "uniqueItems": true},
               "firstComment": {"type": "string", "maxLength": 10000}}}""".formatted(ActionParams.TEXT,
            ActionParams.ASSIGNEE, ActionParams.TEXT, ActionParams.TEXT));

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
    public java.util.List<io.csplatform.runtime.evaluation.PathError> validate(JsonNode params, String path) {
        java.util.List<io.csplatform.runtime.evaluation.PathError> errors = new java.util.ArrayList<>(Action.super.validate(params, path));
        errors.addAll(ActionParams.templates(params, path, "title"));
        return errors;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, Context context) {
        var title = ActionParams.title(params, context);
        if (title.text().isEmpty()) {
            return Plan.skip("title: " + title.error());
        }
        return Plan.send(JourneyMessages.JOURNEY_TASK_CREATE, new JourneyTaskCreate(step, context.facts().customerId(),
                title.text().get(), params.path("dueInDays").asInt(),
                params.path("skipWeekends").asBoolean(false), context.today(), ActionParams.assignee(params),
                ActionParams.text(params, "description"),
                params.has("labels") ? ActionParams.texts(params, "labels") : null,
                ActionParams.text(params, "firstComment"), ActionParams.text(params, "stage")));
    }
}
