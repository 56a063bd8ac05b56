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

/** {@code email.main-contact}: e-mail the customer's main contact. */
@Singleton
public class EmailMainContactAction extends EmailAction {

    public EmailMainContactAction() {
        super("", "", "");
    }

    @Override
    public String id() {
        return "email.main-contact";
    }

    @Override
    public Labels labels() {
        return new Labels("Send e-mail to the main contact", "Enviar e-mail");
    }

    @Override
    protected MessageType<EmailSend> type() {
        return ActionMessages.EMAIL_MAIN_CONTACT;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, Context context) {
        var main = context.facts().mainContact();
        if (main.isEmpty()) {
            return Plan.skip("the customer has no main contact");
        }
        if (!reachable(main.get())) {
            return Plan.skip("the main contact " + main.get().name() + " has no e-mail address");
        }
        return send(params, step, context, List.of(recipient(main.get())), List.of(), Optional.empty());
    }
}
