package io.csplatform.runtime.catalog.conditions;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The difference between two periods' amounts: {@code absolute} = current - previous; {@code percent} =
 * (current - previous) / previous * 100, scale 2, HALF_EVEN. A percent from a previous zero is unknown (null),
 * unless the current is zero too (0%).
 */
final class PeriodDiff {

    static final String ABSOLUTE = "absolute";
    static final String PERCENT = "percent";
    /** JSON Schema of the {@code mode} parameter. */
    static final String MODE_SCHEMA = """
            {"enum": ["absolute", "percent"], "default": "absolute"}""";

    private PeriodDiff() {
    }

    static BigDecimal of(String mode, BigDecimal current, BigDecimal previous) {
        if (current == null || previous == null) {
            return null;
        }
        BigDecimal delta = current.subtract(previous);
        if (!PERCENT.equals(mode)) {
            return delta;
        }
        if (previous.signum() == 0) {
            return current.signum() == 0 ? BigDecimal.ZERO.setScale(2) : null;
        }
        return delta.multiply(BigDecimal.valueOf(100)).divide(previous, 2, RoundingMode.HALF_EVEN);
    }

    /** The mode of {@code params.mode}, absolute by default. */
    static String mode(com.fasterxml.jackson.databind.JsonNode params) {
        return params.path("mode").asText(ABSOLUTE);
    }
}
