package io.csplatform.runtime.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.ActionMessages;
import io.csplatform.events.payload.EmailMainContact;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Params;
import io.csplatform.runtime.evaluation.PathError;
import io.csplatform.runtime.evaluation.TriggerEvent;

import java.util.List;

/** {@code email.main-contact}: e-mail the customer's main contact, subject and body templated. */
public class EmailMainContactAction implements Action {

    @Override
    public String id() {
        return "email.main-contact";
    }

    @Override
    public List<PathError> validate(JsonNode params, String path) {
        return Params.requireText(params, path, "subject", "body");
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, TriggerEvent event, Facts facts) {
        if (facts.mainContactEmail() == null) {
            return Plan.skip("the customer has no main contact");
        }
        return Plan.send(ActionMessages.EMAIL_MAIN_CONTACT, new EmailMainContact(step, facts.customerId(),
                new EmailMainContact.Recipient(facts.mainContactName(), facts.mainContactEmail()),
                params.path("subject").asText(), params.path("body").asText(), TemplateVariables.of(event, facts)));
    }
}
