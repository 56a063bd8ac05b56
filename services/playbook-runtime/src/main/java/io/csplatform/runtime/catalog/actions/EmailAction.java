package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.MessageType;
import io.csplatform.events.payload.EmailSend;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.Recipient;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.ParamsSchema;
import io.csplatform.runtime.evaluation.PathError;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the five e-mail actions share: {@code subject} and {@code body} templates checked when the playbook is saved,
 * one {@link EmailSend} command with the recipients resolved now, or a skip saying why nobody receives it.
 */
abstract class EmailAction implements Action {

    private final JsonNode schema;

    /** {@code properties} / {@code required}: the action's own params, beside subject and body. */
    protected EmailAction(String properties, String required, String extra) {
        this.schema = ParamsSchema.parse("""
                {"type": "object", "additionalProperties": false, "required": ["subject", "body"%s],
                 "properties": {"subject": %s, "body": %s%s}%s}""".formatted(
                required.isEmpty() ? "" : ", " + required, ActionParams.TEXT, ActionParams.TEXT,
                properties.isEmpty() ? "" : ", " + properties, extra.isEmpty() ? "" : ", " + extra));
    }

    protected abstract MessageType<EmailSend> type();

    @Override
    public JsonNode paramsSchema() {
        return schema;
    }

    @Override
    public List<PathError> validate(JsonNode params, String path) {
        List<PathError> errors = new ArrayList<>(Action.super.validate(params, path));
        errors.addAll(ActionParams.templates(params, path, "subject", "body"));
        return errors;
    }

    protected Plan send(JsonNode params, ExecutionStep step, Context context, List<Recipient> to, List<String> userIds,
                        Optional<Facts.Task> task) {
        return Plan.send(type(), new EmailSend(step, context.facts().customerId(), List.copyOf(to), List.copyOf(userIds),
                params.path("subject").asText(), params.path("body").asText(), TemplateVariables.of(context, task)));
    }

    static Recipient recipient(Facts.Contact contact) {
        return new Recipient(contact.name(), contact.email(), contact.id());
    }

    static boolean reachable(Facts.Contact contact) {
        return contact.active() && contact.email() != null && !contact.email().isBlank();
    }
}
