package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.ActionMessages;
import io.csplatform.events.payload.EmailMainContact;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;
import io.csplatform.runtime.evaluation.TriggerEvent;

/** {@code email.main-contact}: e-mail the customer's main contact, subject and body templated. */
@Singleton
public class EmailMainContactAction implements Action {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["subject", "body"],
             "properties": {"subject": {"type": "string", "minLength": 1, "pattern": "\\\\S"},
                            "body": {"type": "string", "minLength": 1, "pattern": "\\\\S"}}}""");

    @Override
    public String id() {
        return "email.main-contact";
    }

    @Override
    public Labels labels() {
        return new Labels("Send e-mail to the main contact", "Enviar e-mail");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, TriggerEvent event, Facts facts) {
        var main = facts.mainContact().filter(contact -> contact.email() != null);
        if (main.isEmpty()) {
            return Plan.skip("the customer has no main contact");
        }
        return Plan.send(ActionMessages.EMAIL_MAIN_CONTACT, new EmailMainContact(step, facts.customerId(),
                new EmailMainContact.Recipient(main.get().name(), main.get().email()),
                params.path("subject").asText(), params.path("body").asText(), TemplateVariables.of(event, facts)));
    }
}
