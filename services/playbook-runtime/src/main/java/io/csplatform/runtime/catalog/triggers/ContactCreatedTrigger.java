package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** {@code contact.created}: a contact is added; optional {@code keyUser}: only (true) or never (false) key users. */
@Singleton
public class ContactCreatedTrigger implements EventTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {"keyUser": {"type": "boolean"}}}""");

    @Override
    public String id() {
        return "contact.created";
    }

    @Override
    public Labels labels() {
        return new Labels("New contact", "Novo contato cadastrado");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome matches(JsonNode params, Context context) {
        JsonNode payload = context.event().payload();
        JsonNode keyUser = payload.get("keyUser");
        Boolean eventKeyUser = keyUser == null || !keyUser.isBoolean() ? null : keyUser.asBoolean();
        Boolean wanted = params.path("keyUser").isBoolean() ? params.get("keyUser").asBoolean() : null;
        boolean passed = wanted == null || wanted.equals(eventKeyUser);
        Map<String, Object> seen = new HashMap<>();
        seen.put("event.contactId", TriggerSupport.text(payload, "contactId"));
        seen.put("event.keyUser", eventKeyUser);
        seen.put("keyUser", wanted);
        return Outcome.of(passed, seen);
    }
}
