package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code contact.custom-attribute}: a contact's custom attribute {@code key} passes {@code op} against {@code value}
 * (rules of {@link AttributeComparison}); {@code scope} "any" (default: any active contact) or "main" (the main
 * contact only; none: fails).
 */
@Singleton
public class ContactCustomAttributeCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse(CustomerCustomAttributeCondition.SCHEMA_TEXT.formatted(
            AttributeComparison.OPS, ", \"scope\": {\"enum\": [\"any\", \"main\"], \"default\": \"any\"}"));

    @Override
    public String id() {
        return "contact.custom-attribute";
    }

    @Override
    public Labels labels() {
        return new Labels("Contact custom attribute value", "Valor de atributo personalizado do contato");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        String key = params.path("key").asText();
        String op = params.path("op").asText();
        JsonNode expected = params.get("value");
        boolean main = "main".equals(params.path("scope").asText("any"));
        List<Facts.Contact> contacts = main
                ? context.facts().mainContact().map(List::of).orElse(List.of())
                : context.facts().activeContacts();
        Map<String, Object> values = new HashMap<>();
        List<String> matching = new ArrayList<>();
        for (Facts.Contact contact : contacts) {
            JsonNode actual = contact.attributes().get(key);
            values.put(String.valueOf(contact.id()), AttributeComparison.shown(actual));
            if (AttributeComparison.test(actual, op, expected)) {
                matching.add(String.valueOf(contact.id()));
            }
        }
        Map<String, Object> seen = new HashMap<>();
        seen.put("scope", main ? "main" : "any");
        seen.put("contacts", contacts.size());
        seen.put("contact.attributes." + key, values);
        seen.put("matchingContacts", matching);
        seen.put("threshold", AttributeComparison.needsValue(op) ? op + " " + AttributeComparison.shown(expected) : op);
        if (contacts.isEmpty()) {
            seen.put("note", main ? "no main contact" : "no active contact");
        }
        return Outcome.of(!matching.isEmpty(), seen);
    }
}
