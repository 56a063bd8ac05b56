package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Comparison;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code customer.contacts-count}: the number of active contacts (only those of {@code contactType} when given,
 * case-insensitive) passes {@code count}.
 */
@Singleton
public class CustomerContactsCountCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["count"],
             "properties": {"count": %s, "contactType": {"type": "string", "minLength": 1}}}"""
            .formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "customer.contacts-count";
    }

    @Override
    public Labels labels() {
        return new Labels("Number of customer contacts", "Quantidade de contatos do cliente");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Comparison comparison = Comparison.of(params.path("count"));
        String type = params.hasNonNull("contactType") ? params.get("contactType").asText() : null;
        long count = context.facts().activeContacts().stream()
                .filter(c -> type == null || (c.types() != null && c.types().stream().anyMatch(type::equalsIgnoreCase)))
                .count();
        Map<String, Object> seen = new HashMap<>();
        seen.put("contactType", type);
        seen.put("contacts.active", count);
        seen.put("threshold", comparison.toString());
        return Outcome.of(comparison.test(count), seen);
    }
}
