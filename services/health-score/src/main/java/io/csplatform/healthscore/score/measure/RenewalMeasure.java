package io.csplatform.healthscore.score.measure;

import io.csplatform.healthscore.score.CustomerFacts;
import io.csplatform.healthscore.score.CustomerFacts.RunningContract;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code renewal}: how close the nearest running contract is to its end date. {@code comfortDays} or more away (or no
 * end date): 100; then linear down to {@code atRenewal} on the end date (and after it). No running contract: no data.
 */
public class RenewalMeasure implements Measure {

    @Override
    public String id() {
        return "renewal";
    }

    @Override
    public BigDecimal defaultWeight() {
        return BigDecimal.valueOf(10);
    }

    @Override
    public Map<String, BigDecimal> defaultParams() {
        return Map.of("comfortDays", BigDecimal.valueOf(90), "atRenewal", BigDecimal.valueOf(50));
    }

    @Override
    public Result evaluate(CustomerFacts facts, Map<String, BigDecimal> params) {
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("runningContracts", facts.contracts().size());
        if (facts.contracts().isEmpty()) {
            return Result.noData(used);
        }
        var nearest = facts.contracts().stream().map(RunningContract::endDate).filter(Objects::nonNull)
                .min(Comparable::compareTo).orElse(null);
        used.put("nearestEndDate", nearest == null ? null : nearest.toString());
        if (nearest == null) {
            used.put("daysToRenewal", null);
            return new Result(Points.HUNDRED.setScale(2), used);
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(facts.today(), nearest));
        used.put("daysToRenewal", days);
        BigDecimal comfort = params.get("comfortDays");
        BigDecimal floor = params.get("atRenewal");
        if (comfort.signum() == 0 || BigDecimal.valueOf(days).compareTo(comfort) >= 0) {
            return new Result(Points.HUNDRED.setScale(2), used);
        }
        BigDecimal share = Points.ratio(BigDecimal.valueOf(days), comfort);
        return new Result(Points.clamp(floor.add(Points.HUNDRED.subtract(floor).multiply(share))), used);
    }
}
