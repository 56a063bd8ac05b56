package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Comparison;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code contract.value-per-user}: MRR per user of the active contract ending last passes {@code value}; with
 * {@code aggregate: true}, total active MRR / total active users. Unknown users or MRR: fails.
 */
@Singleton
public class ContractValuePerUserCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["value"],
             "properties": {"value": %s, "aggregate": {"type": "boolean", "default": false}}}"""
            .formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "contract.value-per-user";
    }

    @Override
    public Labels labels() {
        return new Labels("Contract value per user", "Valor de contrato por usuário");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Comparison comparison = Comparison.of(params.path("value"));
        boolean aggregate = params.path("aggregate").asBoolean(false);
        Map<String, Object> seen = new HashMap<>();
        BigDecimal perUser;
        if (aggregate) {
            BigDecimal mrr = ActiveContracts.totalMrr(context.facts());
            Integer users = ActiveContracts.totalUsers(context.facts());
            perUser = mrr == null || users == null || users == 0 ? null
                    : mrr.divide(BigDecimal.valueOf(users), 2, RoundingMode.HALF_EVEN);
            seen.put("contracts.active.mrr", mrr);
            seen.put("contracts.active.users", users);
        } else {
            Optional<Facts.Contract> contract = ActiveContracts.endingLast(context.facts());
            perUser = contract.map(Facts.Contract::valuePerUser).orElse(null);
            seen.put("contract.id", contract.map(Facts.Contract::id).orElse(null));
            seen.put("contract.mrr", contract.map(Facts.Contract::mrr).orElse(null));
            seen.put("contract.users", contract.map(Facts.Contract::users).orElse(null));
            if (contract.isEmpty()) {
                seen.put("note", "no active contract");
            }
        }
        seen.put("aggregate", aggregate);
        seen.put("valuePerUser", perUser);
        seen.put("threshold", comparison.toString());
        return Outcome.of(comparison.test(perUser), seen);
    }
}
