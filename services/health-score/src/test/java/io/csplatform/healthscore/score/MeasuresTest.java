package io.csplatform.healthscore.score;

import io.csplatform.healthscore.score.measure.Measure;
import io.csplatform.healthscore.score.measure.OverdueChargesMeasure;
import io.csplatform.healthscore.score.measure.OverdueTasksMeasure;
import io.csplatform.healthscore.score.measure.RenewalMeasure;
import io.csplatform.healthscore.score.measure.SurveysMeasure;
import io.csplatform.healthscore.score.measure.TicketsMeasure;
import io.csplatform.healthscore.score.measure.UsageTrendMeasure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MeasuresTest {

    @Test
    void usageSteadyScores100AndADropOfHalfScoresZeroLinearBetween() {
        var usage = new UsageTrendMeasure();
        assertThat(value(usage, Facts.customer().usage(35, 1, 100))).isEqualByComparingTo("100");
        assertThat(value(usage, Facts.customer().usage(35, 8, 100).usage(7, 1, 75))).isEqualByComparingTo("50");
        Measure.Result dropped = usage.evaluate(Facts.customer().usage(35, 8, 100).usage(7, 1, 20).build(),
                usage.defaultParams());
        assertThat(dropped.value()).isEqualByComparingTo("0");
        assertThat(dropped.facts()).containsEntry("changePercent", new BigDecimal("-80.00"))
                .containsEntry("recentDailyAverage", new BigDecimal("20.00"));
    }

    @Test
    void usageWithoutAnyDayIsNoDataAndTodaysPartialDayDoesNotCount() {
        var usage = new UsageTrendMeasure();
        assertThat(usage.evaluate(Facts.customer().build(), usage.defaultParams()).value()).isNull();
        assertThat(value(usage, Facts.customer().usage(35, 1, 100).usage(0, 0, 1))).isEqualByComparingTo("100");
    }

    @Test
    void usageMissingDaysCountZero() {
        var usage = new UsageTrendMeasure();
        // baseline 28 days at 100, recent: only 7 days ago used (100), six days missing: average 14.29, drop 85.7%
        assertThat(value(usage, Facts.customer().usage(35, 8, 100).usage(7, 7, 100))).isEqualByComparingTo("0");
    }

    @Test
    void surveysMapNpsAndCsatToHundredAndAverageThem() {
        var surveys = new SurveysMeasure();
        assertThat(value(surveys, Facts.customer().nps(10, 9, 3, 8))).isEqualByComparingTo("62.50");
        assertThat(value(surveys, Facts.customer().csat(5, 3))).isEqualByComparingTo("75");
        assertThat(value(surveys, Facts.customer().nps(10).csat(1))).isEqualByComparingTo("50");
        assertThat(surveys.evaluate(Facts.customer().build(), surveys.defaultParams()).value()).isNull();
    }

    @Test
    void ticketsLoseFivePerOpenTicketAndFifteenPerRecentBreach() {
        var tickets = new TicketsMeasure();
        assertThat(value(tickets, Facts.customer())).isEqualByComparingTo("100");
        assertThat(value(tickets, Facts.customer().openTickets(2).breachDaysAgo(3).breachDaysAgo(40)))
                .isEqualByComparingTo("75");
    }

    @Test
    void overdueChargesLoseFiftyEachAndListTheAmountsPerCurrency() {
        var charges = new OverdueChargesMeasure();
        Measure.Result one = charges.evaluate(Facts.customer().overdueCharge("100.50", "BRL").build(),
                charges.defaultParams());
        assertThat(one.value()).isEqualByComparingTo("50");
        assertThat(one.facts()).containsEntry("overdueCharges", 1)
                .containsEntry("overdueAmounts", Map.of("BRL", new BigDecimal("100.50")));
        assertThat(value(charges, Facts.customer().overdueCharge("1", "BRL").overdueCharge("2", "USD")
                .overdueCharge("3", "BRL"))).isEqualByComparingTo("0");
    }

    @Test
    void overdueTasksLoseTwentyEach() {
        var tasks = new OverdueTasksMeasure();
        assertThat(value(tasks, Facts.customer().overdueTask().overdueTask())).isEqualByComparingTo("60");
    }

    @Test
    void renewalIsFullFarAwayAndFallsToHalfOnTheEndDate() {
        var renewal = new RenewalMeasure();
        assertThat(value(renewal, Facts.customer().contractEndingIn(200))).isEqualByComparingTo("100");
        assertThat(value(renewal, Facts.customer().contractEndingIn(45))).isEqualByComparingTo("75");
        assertThat(value(renewal, Facts.customer().contractEndingIn(0).contractEndingIn(300))).isEqualByComparingTo("50");
        assertThat(renewal.evaluate(Facts.customer().build(), renewal.defaultParams()).value()).isNull();
    }

    @Test
    void parametersChangeTheRule() {
        var charges = new OverdueChargesMeasure();
        Map<String, BigDecimal> params = new HashMap<>(charges.defaultParams());
        params.put("perCharge", BigDecimal.valueOf(10));
        assertThat(charges.evaluate(Facts.customer().overdueCharge("1", "BRL").build(), params).value())
                .isEqualByComparingTo("90");
    }

    private static BigDecimal value(Measure measure, Facts facts) {
        return measure.evaluate(facts.build(), measure.defaultParams()).value();
    }
}
