package io.csplatform.healthscore.score;

import io.csplatform.healthscore.model.DefaultModel;
import io.csplatform.healthscore.model.HealthModel;
import io.csplatform.healthscore.model.ModelRequest;
import io.csplatform.healthscore.model.ModelValidation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HealthEvaluatorTest {

    private static final HealthModel MODEL = DefaultModel.MODEL;

    @Test
    void aHealthyCustomerIsGreenAndEveryMeasureIsExplained() {
        Evaluation e = HealthEvaluator.evaluate(Facts.customer().usage(35, 1, 100).contractEndingIn(300).build(), MODEL);
        assertThat(e.score()).isEqualByComparingTo("100");
        assertThat(e.band()).isEqualTo("green");
        assertThat(e.measures()).extracting(Evaluation.MeasureExplanation::measure)
                .containsExactly("usage", "surveys", "tickets", "overdueCharges", "overdueTasks", "renewal");
        var surveys = e.measures().get(1);
        assertThat(surveys.value()).isNull();
        assertThat(surveys.contribution()).isEqualByComparingTo("0");
        assertThat(e.measures().stream().map(Evaluation.MeasureExplanation::contribution)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isCloseTo(e.computed(), org.assertj.core.data.Offset.offset(new BigDecimal("0.05")));
    }

    @Test
    void overdueChargesAndAUsageDropTogetherMakeItRedWhileEachAloneDoesNot() {
        Facts chargesOnly = Facts.customer().usage(35, 1, 100).contractEndingIn(300)
                .overdueCharge("500", "BRL").overdueCharge("300", "BRL");
        Facts dropOnly = Facts.customer().usage(35, 8, 100).usage(7, 1, 20).contractEndingIn(300);
        Facts both = Facts.customer().usage(35, 8, 100).usage(7, 1, 20).contractEndingIn(300)
                .overdueCharge("500", "BRL").overdueCharge("300", "BRL");
        assertThat(HealthEvaluator.evaluate(chargesOnly.build(), MODEL).band()).isEqualTo("green");
        assertThat(HealthEvaluator.evaluate(dropOnly.build(), MODEL).band()).isEqualTo("yellow");
        Evaluation red = HealthEvaluator.evaluate(both.build(), MODEL);
        assertThat(red.band()).isEqualTo("red");
        // 25 of 85 weight points at 100 (tickets 10, tasks 5, renewal 10): 29.41
        assertThat(red.score()).isEqualByComparingTo("29.41");
    }

    @Test
    void weightsOfMeasuresWithoutDataGoToTheOthers() {
        Evaluation e = HealthEvaluator.evaluate(Facts.customer().overdueCharge("1", "BRL").build(), MODEL);
        // tickets 10, charges 25 (value 50), tasks 5: (1000 + 1250 + 500) / 40
        assertThat(e.score()).isEqualByComparingTo("68.75");
        assertThat(e.band()).isEqualTo("yellow");
    }

    @Test
    void manualChangesApplyInOrderWithinTheirValidityAndClamp() {
        Facts facts = Facts.customer().usage(35, 1, 100).value("30", 40).value("20", 5).delta("15", 2).delta("-90", 1);
        Evaluation e = HealthEvaluator.evaluate(facts.build(), MODEL);
        assertThat(e.computed()).isEqualByComparingTo("100");
        assertThat(e.manual().adjustments()).hasSize(3);
        assertThat(e.score()).isEqualByComparingTo("0");
        assertThat(e.manual().contribution()).isEqualByComparingTo("-100");
        Evaluation up = HealthEvaluator.evaluate(Facts.customer().usage(35, 1, 100).value("20", 5).delta("15", 2).build(), MODEL);
        assertThat(up.score()).isEqualByComparingTo("35");
        assertThat(up.band()).isEqualTo("red");
    }

    @Test
    void bandsAndWeightsComeFromTheTenantsModel() {
        HealthModel model = ModelValidation.check(new ModelRequest(
                Map.of("usage", new ModelRequest.MeasureRequest(BigDecimal.ZERO, null)),
                List.of(new ModelRequest.BandRequest("critical", BigDecimal.ZERO),
                        new ModelRequest.BandRequest("ok", BigDecimal.valueOf(80))), null));
        Evaluation e = HealthEvaluator.evaluate(Facts.customer().usage(35, 8, 100).usage(7, 1, 0)
                .overdueCharge("1", "BRL").build(), model);
        // usage weighs nothing: tickets 10, charges 25 at 50, tasks 5 = 68.75
        assertThat(e.score()).isEqualByComparingTo("68.75");
        assertThat(e.band()).isEqualTo("critical");
    }

    @Test
    void nothingKnownScoresFullUntilAFactSaysOtherwise() {
        HealthModel onlyUsage = ModelValidation.check(new ModelRequest(Map.of(
                "tickets", new ModelRequest.MeasureRequest(BigDecimal.ZERO, null),
                "overdueCharges", new ModelRequest.MeasureRequest(BigDecimal.ZERO, null),
                "overdueTasks", new ModelRequest.MeasureRequest(BigDecimal.ZERO, null)), null, null));
        assertThat(HealthEvaluator.evaluate(Facts.customer().build(), onlyUsage).score()).isEqualByComparingTo("100");
    }
}
