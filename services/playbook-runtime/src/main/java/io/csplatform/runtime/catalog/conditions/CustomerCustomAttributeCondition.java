package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code customer.custom-attribute}: the customer's custom attribute {@code key} passes {@code op} against
 * {@code value} (not needed for empty / notEmpty); typing rules in {@link AttributeComparison}.
 */
@Singleton
public class CustomerCustomAttributeCondition implements Condition {

    static final String SCHEMA_TEXT = """
            {"type": "object", "additionalProperties": false, "required": ["key", "op"],
             "properties": {"key": {"type": "string", "minLength": 1}, "op": %s,
                            "value": {"type": ["string", "number", "boolean"]}%s},
             "if": {"properties": {"op": {"enum": ["empty", "notEmpty"]}}},
             "then": {}, "else": {"required": ["value"]}}""";

    private static final JsonNode SCHEMA = ParamsSchema.parse(SCHEMA_TEXT.formatted(AttributeComparison.OPS, ""));

    @Override
    public String id() {
        return "customer.custom-attribute";
    }

    @Override
    public Labels labels() {
        return new Labels("Customer custom attribute value", "Valor de atributo personalizado do cliente");
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
        JsonNode actual = context.facts().customer().attributes().get(key);
        Map<String, Object> seen = new HashMap<>();
        seen.put("customer.attributes." + key, AttributeComparison.shown(actual));
        seen.put("threshold", AttributeComparison.needsValue(op) ? op + " " + AttributeComparison.shown(expected) : op);
        return Outcome.of(AttributeComparison.test(actual, op, expected), seen);
    }
}
