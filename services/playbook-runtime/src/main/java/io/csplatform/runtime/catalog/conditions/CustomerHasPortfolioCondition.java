package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** {@code customer.has-portfolio}: the customer is ({@code has: true}) / is not ({@code has: false}) in a portfolio. */
@Singleton
public class CustomerHasPortfolioCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["has"],
             "properties": {"has": {"type": "boolean"}}}""");

    @Override
    public String id() {
        return "customer.has-portfolio";
    }

    @Override
    public Labels labels() {
        return new Labels("Customer has / has not a portfolio", "Cliente possui/não possui carteira");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        UUID portfolio = context.facts().customer().portfolioId();
        boolean has = params.path("has").asBoolean(true);
        Map<String, Object> seen = new HashMap<>();
        seen.put("customer.portfolioId", portfolio);
        seen.put("has", has);
        return Outcome.of((portfolio != null) == has, seen);
    }
}
