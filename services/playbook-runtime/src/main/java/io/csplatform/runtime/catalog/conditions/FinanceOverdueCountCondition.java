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

/** {@code finance.overdue-count}: the number of overdue (unpaid) charges passes {@code count}. */
@Singleton
public class FinanceOverdueCountCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["count"],
             "properties": {"count": %s}}""".formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "finance.overdue-count";
    }

    @Override
    public Labels labels() {
        return new Labels("Number of overdue charges", "Quantidade de financeiros vencidos");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Comparison comparison = Comparison.of(params.path("count"));
        int count = FinanceOverdueCondition.overdue(context.facts()).size();
        Map<String, Object> seen = new HashMap<>();
        seen.put("charges.overdue", count);
        seen.put("threshold", comparison.toString());
        return Outcome.of(comparison.test(count), seen);
    }
}
