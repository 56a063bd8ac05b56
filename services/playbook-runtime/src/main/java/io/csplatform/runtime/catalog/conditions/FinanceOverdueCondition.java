package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code finance.overdue}: the customer has a charge finance marks overdue; with {@code minDaysLate}, one at least
 * that many days past its due date.
 */
@Singleton
public class FinanceOverdueCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {"minDaysLate": {"type": "integer", "minimum": 0, "maximum": 3660}}}""");

    @Override
    public String id() {
        return "finance.overdue";
    }

    @Override
    public Labels labels() {
        return new Labels("Overdue finance charge", "Cobrança financeira atrasada");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Integer minDaysLate = params.hasNonNull("minDaysLate") ? params.get("minDaysLate").asInt() : null;
        List<Facts.Charge> overdue = overdue(context.facts());
        Long maxDaysLate = overdue.stream().filter(c -> c.dueDate() != null)
                .map(c -> ChronoUnit.DAYS.between(c.dueDate(), context.today())).max(Long::compare).orElse(null);
        boolean passed = minDaysLate == null ? !overdue.isEmpty() : maxDaysLate != null && maxDaysLate >= minDaysLate;
        Map<String, Object> seen = new HashMap<>();
        seen.put("charges.overdue", overdue.size());
        seen.put("maxDaysLate", maxDaysLate);
        seen.put("minDaysLate", minDaysLate);
        return Outcome.of(passed, seen);
    }

    /** The charges finance marks overdue and that are not paid. */
    static List<Facts.Charge> overdue(Facts facts) {
        return facts.charges().stream().filter(c -> c.overdue() && c.paidDate() == null).toList();
    }
}
