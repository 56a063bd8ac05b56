package io.csplatform.healthscore.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A computed health score with its explanation: each measure's value, weight, contribution and the facts used, then
 * the manual changes that count. {@code computed} is the weighted score before manual changes.
 */
public record Evaluation(BigDecimal score, String band, BigDecimal computed, List<MeasureExplanation> measures,
                         ManualExplanation manual) {

    /**
     * One measure: {@code value} 0..100 (null: no data, left out), its {@code weight} in the model, its share of the
     * weights that counted and the points it {@code contribution}s to the computed score.
     */
    public record MeasureExplanation(String measure, BigDecimal value, BigDecimal weight, BigDecimal share,
                                     BigDecimal contribution, Map<String, Object> facts) {
    }

    /** The manual changes still counting, applied in order over the computed score, and the points they moved it. */
    public record ManualExplanation(List<CustomerFacts.Adjustment> adjustments, BigDecimal contribution) {
    }
}
