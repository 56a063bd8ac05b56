package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code tracking.advanced}: sum / mean / stddev / trend / min / max of the daily series. */
class TrackingAdvancedConditionTest {

    private final TrackingAdvancedCondition condition = new TrackingAdvancedCondition();

    // last 4 days, oldest first: 2, 4, 6, 8 (reports) plus export on the last day
    private final Facts facts = facts().usage(3, "ana", "reports", 2).usage(2, "ana", "reports", 4)
            .usage(1, "bia", "reports", 6).usage(0, "ana", "reports", 8).usage(0, "ana", "export", 100).build();

    @Test
    void trendIsTheLeastSquaresSlopePerDay() {
        Outcome outcome = condition.evaluate(json("{\"days\":4,\"feature\":\"reports\",\"stat\":\"trend\","
                + "\"value\":{\"op\":\"eq\",\"value\":2}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat((BigDecimal) outcome.seen().get("value")).isEqualByComparingTo("2");
    }

    @Test
    void meanStddevSumMinMaxOfTheZeroFilledSeries() {
        assertThat(stat("mean", 4)).isEqualByComparingTo("5");
        assertThat(stat("stddev", 4)).isEqualByComparingTo("2.2361");
        assertThat(stat("sum", 4)).isEqualByComparingTo("20");
        assertThat(stat("min", 5)).isEqualByComparingTo("0");
        assertThat(stat("max", 5)).isEqualByComparingTo("8");
        assertThat(condition.evaluate(json("{\"days\":4,\"stat\":\"max\",\"value\":{\"op\":\"lt\",\"value\":100}}"),
                context(facts)).passed()).isFalse();
    }

    @Test
    void trendOfOneDayIsUnknownAndAnEmptySeriesIsFlat() {
        Outcome oneDay = condition.evaluate(json("{\"days\":1,\"stat\":\"trend\",\"value\":{\"op\":\"gte\",\"value\":0}}"),
                context(facts));
        assertThat(oneDay.passed()).isFalse();
        assertThat(oneDay.seen()).containsEntry("value", null);
        assertThat(condition.evaluate(json("{\"days\":30,\"stat\":\"trend\",\"value\":{\"op\":\"eq\",\"value\":0}}"),
                context(facts().build())).passed()).isTrue();
    }

    @Test
    void anUnknownStatIsRefused() {
        assertThat(condition.validate(json("{\"days\":7,\"stat\":\"median\",\"value\":{\"op\":\"gt\",\"value\":1}}"),
                "conditions.params")).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.stat"));
    }

    private BigDecimal stat(String stat, int days) {
        return (BigDecimal) condition.evaluate(json("{\"days\":" + days + ",\"feature\":\"reports\",\"stat\":\"" + stat
                + "\",\"value\":{\"op\":\"gte\",\"value\":0}}"), context(facts)).seen().get("value");
    }
}
