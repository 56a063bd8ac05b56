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

/**
 * {@code email.csm}: e-mail the CSMs: whoever holds the owner types for the customer when the step runs, and fixed
 * users. "Send now / at a date / after a period" is the step's {@code delay}.
 */
@Singleton
public class EmailCsmAction extends EmailAction {

    public EmailCsmAction() {
        super(ActionParams.OWNER_TYPES_AND_USERS, "", ActionParams.SOMEONE);
    }

    @Override
    public String id() {
        return "email.csm";
    }

    @Override
    public Labels labels() {
        return new Labels("Send e-mail to the CSM", "Enviar e-mail para o CSM");
    }

    @Override
    protected MessageType<EmailSend> type() {
        return ActionMessages.EMAIL_CSM;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, Context context) {
        Users users = Users.of(params, context.facts());
        if (users.none()) {
            return Plan.skip(users.nobody());
        }
        return send(params, step, context, List.of(), users.ids(), Optional.empty());
    }
}
