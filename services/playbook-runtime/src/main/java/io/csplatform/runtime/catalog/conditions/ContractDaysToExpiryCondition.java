package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Comparison;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code contract.days-to-expiry}: days from today to the end date of the active contract ending last pass
 * {@code days} (negative once it has ended). No active contract, or no end date: fails.
 */
@Singleton
public class ContractDaysToExpiryCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["days"],
             "properties": {"days": %s}}""".formatted(Comparison.SCHEMA));

    @Override
    public String id() {
        return "contract.days-to-expiry";
    }

    @Override
    public Labels labels() {
        return new Labels("Days to contract expiry", "Dias para vencimento do contrato");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Comparison comparison = Comparison.of(params.path("days"));
        Optional<Facts.Contract> contract = ActiveContracts.endingLast(context.facts());
        Long days = contract.map(Facts.Contract::endDate)
                .map(end -> ChronoUnit.DAYS.between(context.today(), end)).orElse(null);
        Map<String, Object> seen = new HashMap<>();
        seen.put("contract.id", contract.map(Facts.Contract::id).orElse(null));
        seen.put("contract.endDate", contract.map(Facts.Contract::endDate).orElse(null));
        seen.put("contract.daysToExpiry", days);
        seen.put("threshold", comparison.toString());
        if (contract.isEmpty()) {
            seen.put("note", "no active contract");
        } else if (days == null) {
            seen.put("note", "the active contract has no end date");
        }
        return Outcome.of(days != null && comparison.test(days), seen);
    }
}
