package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Comparison;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** {@code contract.mrr}: the customer's MRR ({@code customer.mrr}) passes {@code mrr}. Unknown: fails. */
@Singleton
public class ContractMrrCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["mrr"],
             "properties": {"mrr": %s}}""".formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "contract.mrr";
    }

    @Override
    public Labels labels() {
        return new Labels("Customer MRR", "Valor de MRR do cliente");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Comparison comparison = Comparison.of(params.path("mrr"));
        BigDecimal mrr = context.facts().customer().mrr();
        Map<String, Object> seen = new HashMap<>();
        seen.put("customer.mrr", mrr);
        seen.put("threshold", comparison.toString());
        return Outcome.of(comparison.test(mrr), seen);
    }
}
