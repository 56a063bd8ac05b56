package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code contact.type}: {@code has} / {@code hasNot} a contact type (case-insensitive); {@code scope} "any"
 * (default: some active contact has it / no active contact has it) or "main" (the main contact has / lacks it; no
 * main contact: fails).
 */
@Singleton
public class ContactTypeCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {"has": {"type": "string", "minLength": 1}, "hasNot": {"type": "string", "minLength": 1},
                            "scope": {"enum": ["any", "main"], "default": "any"}},
             "oneOf": [{"required": ["has"]}, {"required": ["hasNot"]}]}""");

    @Override
    public String id() {
        return "contact.type";
    }

    @Override
    public Labels labels() {
        return new Labels("Contact has / has not a contact type", "Contato possui/não possui o tipo de contato");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        boolean negated = !params.has("has");
        String type = params.path(negated ? "hasNot" : "has").asText();
        boolean main = "main".equals(params.path("scope").asText("any"));
        List<Facts.Contact> contacts = main
                ? context.facts().mainContact().map(List::of).orElse(List.of())
                : context.facts().activeContacts();
        long withType = contacts.stream()
                .filter(c -> c.types() != null && c.types().stream().anyMatch(type::equalsIgnoreCase)).count();
        Map<String, Object> seen = new HashMap<>();
        seen.put(negated ? "hasNot" : "has", type);
        seen.put("scope", main ? "main" : "any");
        seen.put("contacts", contacts.size());
        seen.put("contactsWithType", withType);
        if (main && contacts.isEmpty()) {
            seen.put("note", "no main contact");
            return Outcome.of(false, seen);
        }
        return Outcome.of(negated == (withType == 0), seen);
    }
}
