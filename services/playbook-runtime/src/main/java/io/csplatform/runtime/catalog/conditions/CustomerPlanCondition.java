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
import java.util.TreeSet;

/**
 * {@code customer.plan}: the customer has ({@code has}) / has not ({@code hasNot}) one of the listed plans; its plans
 * are {@code customer.plan} and the plans of its active contracts (compared case-insensitively).
 */
@Singleton
public class CustomerPlanCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {
               "has": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
               "hasNot": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}},
             "oneOf": [{"required": ["has"]}, {"required": ["hasNot"]}]}""");

    @Override
    public String id() {
        return "customer.plan";
    }

    @Override
    public Labels labels() {
        return new Labels("Customer has / has not the plan", "Cliente possui/não possui o plano");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Facts facts = context.facts();
        TreeSet<String> plans = new TreeSet<>();
        if (facts.customer().plan() != null) {
            plans.add(facts.customer().plan());
        }
        facts.activeContracts().stream().map(Facts.Contract::plan).filter(p -> p != null).forEach(plans::add);
        boolean negated = !params.has("has");
        List<String> wanted = new ArrayList<>();
        params.path(negated ? "hasNot" : "has").forEach(v -> wanted.add(v.asText()));
        boolean has = plans.stream().anyMatch(plan -> wanted.stream().anyMatch(plan::equalsIgnoreCase));
        Map<String, Object> seen = new HashMap<>();
        seen.put("plans", List.copyOf(plans));
        seen.put(negated ? "hasNot" : "has", wanted);
        return Outcome.of(negated != has, seen);
    }
}
