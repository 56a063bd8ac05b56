package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code customer.in-portfolio}: the customer's portfolio is one of {@code portfolioIds}. */
@Singleton
public class CustomerInPortfolioCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["portfolioIds"],
             "properties": {"portfolioIds": {"type": "array", "minItems": 1,
                                             "items": {"type": "string", "format": "uuid"}}}}""");

    @Override
    public String id() {
        return "customer.in-portfolio";
    }

    @Override
    public Labels labels() {
        return new Labels("Customer in portfolio", "Cliente na Carteira");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        UUID portfolio = context.facts().customer().portfolioId();
        List<String> wanted = new ArrayList<>();
        params.path("portfolioIds").forEach(id -> wanted.add(id.asText()));
        boolean passed = portfolio != null && wanted.stream().anyMatch(id -> id.equalsIgnoreCase(portfolio.toString()));
        Map<String, Object> seen = new HashMap<>();
        seen.put("customer.portfolioId", portfolio);
        seen.put("portfolioIds", wanted);
        return Outcome.of(passed, seen);
    }
}
