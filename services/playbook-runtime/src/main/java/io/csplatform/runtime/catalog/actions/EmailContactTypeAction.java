package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.ActionMessages;
import io.csplatform.events.MessageType;
import io.csplatform.events.payload.EmailSend;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** {@code email.contact-type}: e-mail every active contact of a contact type (e.g. "Financeiro"), one e-mail each. */
@Singleton
public class EmailContactTypeAction extends EmailAction {

    public EmailContactTypeAction() {
        super("\"contactType\": " + ActionParams.TEXT, "\"contactType\"", "");
    }

    @Override
    public String id() {
        return "email.contact-type";
    }

    @Override
    public Labels labels() {
        return new Labels("Send e-mail to the contacts of a contact type", "Enviar e-mail para o tipo de contato");
    }

    @Override
    protected MessageType<EmailSend> type() {
        return ActionMessages.EMAIL_CONTACT_TYPE;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, Context context) {
        String type = params.path("contactType").asText().strip();
        var ofType = context.facts().activeContacts().stream()
                .filter(contact -> contact.types().stream().anyMatch(t -> t.equalsIgnoreCase(type))).toList();
        var to = ofType.stream().filter(EmailAction::reachable).map(EmailAction::recipient).toList();
        if (to.isEmpty()) {
            return Plan.skip(ofType.isEmpty() ? "the customer has no active contact of type " + type
                    : "no contact of type " + type + " has an e-mail address");
        }
        return send(params, step, context, to, List.of(), Optional.empty());
    }
}
