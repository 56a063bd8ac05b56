package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.ActionMessages;
import io.csplatform.events.MessageType;
import io.csplatform.events.payload.EmailSend;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.Recipient;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import jakarta.inject.Singleton;

import java.util.Optional;

/** {@code email.external}: e-mail addresses that are not contacts of the customer (a partner, a distribution list). */
@Singleton
public class EmailExternalAction extends EmailAction {

    public EmailExternalAction() {
        super("""
                "addresses": {"type": "array", "minItems": 1, "maxItems": 50, "uniqueItems": true,
                              "items": {"type": "string", "maxLength": 320,
                                        "pattern": "^[^@\\\\s]+@[^@\\\\s]+\\\\.[^@\\\\s]+$"}}""",
                "\"addresses\"", "");
    }

    @Override
    public String id() {
        return "email.external";
    }

    @Override
    public Labels labels() {
        return new Labels("Send e-mail to external addresses", "Enviar e-mail para contato externo");
    }

    @Override
    protected MessageType<EmailSend> type() {
        return ActionMessages.EMAIL_EXTERNAL;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, Context context) {
        var to = ActionParams.texts(params, "addresses").stream().map(address -> new Recipient(null, address, null))
                .toList();
        return send(params, step, context, to, java.util.List.of(), Optional.empty());
    }
}
