package io.csplatform.healthscore.score.measure;

import io.csplatform.healthscore.score.CustomerFacts;
import io.csplatform.healthscore.score.CustomerFacts.OverdueCharge;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code overdueCharges}: 100 minus {@code perCharge} per unpaid charge past its due date, never below 0; the amounts
 * overdue per currency are among the facts. None: 100.
 */
public class OverdueChargesMeasure implements Measure {

    @Override
    public String id() {
        return "overdueCharges";
    }

    @Override
    public BigDecimal defaultWeight() {
        return BigDecimal.valueOf(25);
    }

    @Override
    public Map<String, BigDecimal> defaultParams() {
        return Map.of("perCharge", BigDecimal.valueOf(50));
    }

    @Override
    public Result evaluate(CustomerFacts facts, Map<String, BigDecimal> params) {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        for (OverdueCharge charge : facts.overdueCharges()) {
            amounts.merge(charge.currency(), charge.amount(), BigDecimal::add);
        }
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("overdueCharges", facts.overdueCharges().size());
        used.put("overdueAmounts", amounts);
        used.put("oldestDueDate", facts.overdueCharges().stream().map(OverdueCharge::dueDate).min(Comparable::compareTo)
                .map(Object::toString).orElse(null));
        return new Result(Points.minusPerItem(facts.overdueCharges().size(), params.get("perCharge")), used);
    }
}
