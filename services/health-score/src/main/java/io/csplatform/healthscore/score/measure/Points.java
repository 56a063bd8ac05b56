package io.csplatform.healthscore.score.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Arithmetic shared by the measures: values kept within 0..100 with two decimals. */
final class Points {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Points() {
    }

    static BigDecimal clamp(BigDecimal value) {
        return value.max(BigDecimal.ZERO).min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** 100 minus {@code penalty} per item, never below 0. */
    static BigDecimal minusPerItem(int items, BigDecimal penalty) {
        return clamp(HUNDRED.subtract(penalty.multiply(BigDecimal.valueOf(items))));
    }

    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 6, RoundingMode.HALF_UP);
    }
}
