package io.csplatform.healthscore.api;

import io.csplatform.healthscore.score.Evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the health-score REST API answers. */
public final class HealthScoreViews {

    private HealthScoreViews() {
    }

    /**
     * The current score with its explanation per measure; {@code stored} is false for a customer never scored yet (the
     * score it would have now, computed for this answer).
     */
    public record ScoreView(UUID customerId, BigDecimal score, String band, BigDecimal computed,
                            List<Evaluation.MeasureExplanation> measures, Evaluation.ManualExplanation manual,
                            Instant computedAt, boolean stored) {

        static ScoreView of(UUID customerId, Evaluation evaluation, Instant at, boolean stored) {
            return new ScoreView(customerId, evaluation.score(), evaluation.band(), evaluation.computed(),
                    evaluation.measures(), evaluation.manual(), at, stored);
        }
    }

    /** A score the customer had: from which score and band, why, and the explanation of that moment. */
    public record HistoryItem(UUID id, BigDecimal score, String band, BigDecimal fromScore, String fromBand,
                              String reason, Instant computedAt, Evaluation explanation) {
    }

    /**
     * The scores of the last {@code days} tenant days: the last score of each day that had a change, and the change
     * over the window (from the score before its first change to the current one).
     */
    public record Trend(UUID customerId, int days, BigDecimal fromScore, BigDecimal toScore, BigDecimal change,
                        String direction, List<TrendPoint> points) {
    }

    public record TrendPoint(LocalDate day, BigDecimal score, String band) {
    }

    /** A manual change as a CSM sends it: {@code value} or {@code delta}, and the reason. */
    public record ManualChangeRequest(BigDecimal value, BigDecimal delta, String reason) {
    }
}
