package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;

/** {@code customer.status}: the customer's status is one of {@code params.in}. */
@Singleton
public class CustomerStatusCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["in"],
             "properties": {"in": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}}}""");

    @Override
    public String id() {
        return "customer.status";
    }

    @Override
    public Labels labels() {
        return new Labels("Customer status", "Status do cliente");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        String status = context.facts().customer().status();
        boolean passed = StreamSupport.stream(params.path("in").spliterator(), false)
                .anyMatch(value -> value.asText().equals(status));
        Map<String, Object> seen = new HashMap<>();
        seen.put("customer.status", status);
        return new Outcome(passed, seen);
    }
}
