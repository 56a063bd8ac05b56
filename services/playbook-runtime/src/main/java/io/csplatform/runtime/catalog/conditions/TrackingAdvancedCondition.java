package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Comparison;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tracking.advanced}: a statistic of the daily tracking series (zero-filled) of the last {@code days} days,
 * optionally of one {@code feature}: {@code stat} sum, mean, stddev (population), trend (least-squares slope per
 * day; unknown with fewer than 2 days), min or max, scale 4 HALF_EVEN; passes {@code value}.
 */
@Singleton
public class TrackingAdvancedCondition implements Condition {

    private static final int SCALE = 4;
    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["days", "stat", "value"],
             "properties": {"days": {"type": "integer", "minimum": 1, "maximum": 3660}, "feature": %s,
                            "stat": {"enum": ["sum", "mean", "stddev", "trend", "min", "max"]}, "value": %s}}"""
            .formatted(TrackingUsage.FEATURE_SCHEMA, Comparison.SCHEMA));

    @Override
    public String id() {
        return "tracking.advanced";
    }

    @Override
    public Labels labels() {
        return new Labels("Advanced tracking analysis", "Análise Avançada do tracking");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        Context.Period period = context.lastDays(params.path("days").asInt());
        String feature = params.hasNonNull("feature") ? params.path("feature").asText() : null;
        String stat = params.path("stat").asText();
        Comparison comparison = Comparison.of(params.path("value"));
        List<BigDecimal> series = TrackingUsage.daily(context.facts().tracking(), period, feature);
        BigDecimal value = statistic(stat, series);
        Map<String, Object> seen = new HashMap<>();
        seen.put("period", period.toString());
        seen.put("feature", feature);
        seen.put("stat", stat);
        seen.put("series", series);
        seen.put("value", value);
        if (value == null) {
            seen.put("note", "trend unknown: fewer than 2 days");
        }
        seen.put("threshold", comparison.toString());
        return Outcome.of(comparison.test(value), seen);
    }

    static BigDecimal statistic(String stat, List<BigDecimal> series) {
        BigDecimal n = BigDecimal.valueOf(series.size());
        BigDecimal sum = series.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return switch (stat) {
            case "sum" -> sum;
            case "min" -> series.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            case "max" -> series.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            case "mean" -> sum.divide(n, SCALE, RoundingMode.HALF_EVEN);
            case "stddev" -> {
                BigDecimal mean = sum.divide(n, MathContext.DECIMAL128);
                BigDecimal squares = series.stream().map(y -> y.subtract(mean).pow(2)).reduce(BigDecimal.ZERO, BigDecimal::add);
                yield squares.divide(n, MathContext.DECIMAL128).sqrt(MathContext.DECIMAL128)
                        .setScale(SCALE, RoundingMode.HALF_EVEN);
            }
            case "trend" -> trend(series);
            default -> throw new IllegalArgumentException("unknown stat " + stat);
        };
    }

    /** Least-squares slope of the series against its day index; null with fewer than 2 points. */
    private static BigDecimal trend(List<BigDecimal> series) {
        int size = series.size();
        if (size < 2) {
            return null;
        }
        BigDecimal n = BigDecimal.valueOf(size);
        BigDecimal meanX = BigDecimal.valueOf(size - 1L).divide(BigDecimal.valueOf(2));
        BigDecimal meanY = series.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, MathContext.DECIMAL128);
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        for (int x = 0; x < size; x++) {
            BigDecimal dx = BigDecimal.valueOf(x).subtract(meanX);
            numerator = numerator.add(dx.multiply(series.get(x).subtract(meanY)));
            denominator = denominator.add(dx.multiply(dx));
        }
        return numerator.divide(denominator, SCALE, RoundingMode.HALF_EVEN);
    }
}
