package io.csplatform.healthscore.score;

import io.csplatform.healthscore.model.HealthModel;
import io.csplatform.healthscore.model.HealthModel.MeasureSettings;
import io.csplatform.healthscore.score.Evaluation.ManualExplanation;
import io.csplatform.healthscore.score.Evaluation.MeasureExplanation;
import io.csplatform.healthscore.score.measure.Measure;
import io.csplatform.healthscore.score.measure.Measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The health score, a pure function of the customer's facts and the tenant's model: the weighted mean of the measures
 * that have data (a measure without data, or weighing 0, is left out and the others weigh more), then the manual
 * changes of the last {@code manualValidDays} in order (a value sets the score, a delta moves it), within 0..100, and
 * its band. Nobody measured: 100 until a fact says otherwise.
 */
public final class HealthEvaluator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private HealthEvaluator() {
    }

    public static Evaluation evaluate(CustomerFacts facts, HealthModel model) {
        List<Measure> counted = new ArrayList<>();
        List<Measure.Result> results = new ArrayList<>();
        BigDecimal weights = BigDecimal.ZERO;
        for (Measure measure : Measures.ALL) {
            MeasureSettings settings = model.measures().get(measure.id());
            Measure.Result result = measure.evaluate(facts, settings.params());
            counted.add(measure);
            results.add(result);
            if (result.value() != null) {
                weights = weights.add(settings.weight());
            }
        }
        List<MeasureExplanation> explained = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        for (int i = 0; i < counted.size(); i++) {
            Measure measure = counted.get(i);
            Measure.Result result = results.get(i);
            BigDecimal weight = model.measures().get(measure.id()).weight();
            BigDecimal share = result.value() == null || weights.signum() == 0 ? BigDecimal.ZERO
                    : weight.divide(weights, 6, RoundingMode.HALF_UP);
            BigDecimal points = result.value() == null ? BigDecimal.ZERO : result.value().multiply(weight);
            weighted = weighted.add(points);
            BigDecimal contribution = weights.signum() == 0 ? BigDecimal.ZERO
                    : points.divide(weights, 2, RoundingMode.HALF_UP);
            explained.add(new MeasureExplanation(measure.id(), result.value(), weight,
                    share.setScale(4, RoundingMode.HALF_UP), contribution,
                    result.facts()));
        }
        BigDecimal computed = weights.signum() == 0 ? HUNDRED : within(weighted.divide(weights, 2, RoundingMode.HALF_UP));
        ManualExplanation manual = manual(facts, model, computed);
        BigDecimal score = within(computed.add(manual.contribution()));
        return new Evaluation(score, model.bandOf(score), computed, explained, manual);
    }

    private static ManualExplanation manual(CustomerFacts facts, HealthModel model, BigDecimal computed) {
        Instant from = facts.now().minus(Duration.ofDays(model.manualValidDays()));
        List<CustomerFacts.Adjustment> counting = facts.adjustments().stream()
                .filter(a -> !a.at().isBefore(from))
                .sorted(Comparator.comparing(CustomerFacts.Adjustment::at).thenComparing(a -> a.id().toString()))
                .toList();
        BigDecimal score = computed;
        for (CustomerFacts.Adjustment adjustment : counting) {
            score = within(adjustment.value() != null ? adjustment.value() : score.add(adjustment.delta()));
        }
        return new ManualExplanation(counting, score.subtract(computed));
    }

    private static BigDecimal within(BigDecimal value) {
        return value.max(BigDecimal.ZERO).min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }
}
