package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.ActionMessages;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.NotifyUsers;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import io.csplatform.runtime.evaluation.PathError;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code notify.csm}: an in-app notification for the holders of owner types and for fixed users. */
@Singleton
public class NotifyCsmAction implements Action {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["title"],
             "properties": {"title": %s, "body": {"type": "string"}, "link": {"type": "string", "maxLength": 2000},
                            %s}, %s}""".formatted(ActionParams.TEXT, ActionParams.OWNER_TYPES_AND_USERS,
            ActionParams.SOMEONE));

    @Override
    public String id() {
        return "notify.csm";
    }

    @Override
    public Labels labels() {
        return new Labels("Notify the CSM in the app", "Enviar notificação para o CSM");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public List<PathError> validate(JsonNode params, String path) {
        List<PathError> errors = new ArrayList<>(Action.super.validate(params, path));
        errors.addAll(ActionParams.templates(params, path, "title", "body"));
        return errors;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, Context context) {
        Users users = Users.of(params, context.facts());
        if (users.none()) {
            return Plan.skip(users.nobody());
        }
        return Plan.send(ActionMessages.NOTIFY_CSM, new NotifyUsers(step, context.facts().customerId(), users.ids(),
                List.of(), params.path("title").asText(), ActionParams.text(params, "body"),
                ActionParams.text(params, "link"), TemplateVariables.of(context, Optional.empty())));
    }
}
