package io.csplatform.healthscore.score.measure;

import io.csplatform.healthscore.score.CustomerFacts;
import io.csplatform.healthscore.score.CustomerFacts.UsageDay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code usage}: the usage trend. The average daily total of the last {@code recentDays} full days (yesterday back)
 * against the {@code baselineDays} before them (a missing day counts 0): no drop scores 100, a drop of
 * {@code dropForZero} percent or more scores 0, linear between. No usage at all in both windows: no data.
 */
public class UsageTrendMeasure implements Measure {

    @Override
    public String id() {
        return "usage";
    }

    @Override
    public BigDecimal defaultWeight() {
        return BigDecimal.valueOf(35);
    }

    @Override
    public Map<String, BigDecimal> defaultParams() {
        return Map.of("recentDays", BigDecimal.valueOf(7), "baselineDays", BigDecimal.valueOf(28),
                "dropForZero", BigDecimal.valueOf(50));
    }

    @Override
    public Result evaluate(CustomerFacts facts, Map<String, BigDecimal> params) {
        int recentDays = params.get("recentDays").intValue();
        int baselineDays = params.get("baselineDays").intValue();
        LocalDate recentFrom = facts.today().minusDays(recentDays);
        LocalDate baselineFrom = recentFrom.minusDays(baselineDays);
        long recent = 0;
        long baseline = 0;
        int daysSeen = 0;
        for (UsageDay day : facts.usage()) {
            if (!day.day().isBefore(recentFrom) && day.day().isBefore(facts.today())) {
                recent += day.total();
                daysSeen++;
            } else if (!day.day().isBefore(baselineFrom) && day.day().isBefore(recentFrom)) {
                baseline += day.total();
                daysSeen++;
            }
        }
        BigDecimal recentAverage = average(recent, recentDays);
        BigDecimal baselineAverage = average(baseline, baselineDays);
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("recentFrom", recentFrom.toString());
        used.put("baselineFrom", baselineFrom.toString());
        used.put("recentDailyAverage", recentAverage);
        used.put("baselineDailyAverage", baselineAverage);
        used.put("daysWithUsage", daysSeen);
        if (daysSeen == 0) {
            return Result.noData(used);
        }
        if (baseline == 0) {
            used.put("changePercent", null);
            return new Result(recent > 0 ? Points.HUNDRED.setScale(2) : BigDecimal.ZERO.setScale(2), used);
        }
        BigDecimal change = Points.ratio(recentAverage.subtract(baselineAverage), baselineAverage).multiply(Points.HUNDRED);
        used.put("changePercent", change.setScale(2, RoundingMode.HALF_UP));
        if (change.signum() >= 0) {
            return new Result(Points.HUNDRED.setScale(2), used);
        }
        BigDecimal dropForZero = params.get("dropForZero");
        BigDecimal drop = change.negate();
        return new Result(Points.clamp(Points.HUNDRED.subtract(Points.ratio(drop, dropForZero).multiply(Points.HUNDRED))),
                used);
    }

    private static BigDecimal average(long total, int days) {
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
    }
}
