package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code tracking.customer-period-diff}: the customer's total, last N days vs the N before. */
class TrackingCustomerPeriodDiffConditionTest {

    private final TrackingCustomerPeriodDiffCondition condition = new TrackingCustomerPeriodDiffCondition();

    private final Facts facts = facts().usage(0, "ana", "reports", 30).usage(6, "bia", "export", 10)
            .usage(7, "ana", "reports", 80).usage(13, "ana", "export", 20).usage(14, "ana", "export", 999).build();

    @Test
    void absoluteDropIsDetected() {
        Outcome outcome = condition.evaluate(json("{\"days\":7,\"diff\":{\"op\":\"lte\",\"value\":-60}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat((BigDecimal) outcome.seen().get("tracking.current")).isEqualByComparingTo("40");
        assertThat((BigDecimal) outcome.seen().get("tracking.previous")).isEqualByComparingTo("100");
        assertThat(condition.evaluate(json("{\"days\":7,\"diff\":{\"op\":\"lt\",\"value\":-60}}"), context(facts))
                .passed()).isFalse();
    }

    @Test
    void percentOfOneFeature() {
        // reports: 30 now vs 80 before = -62.50%
        Outcome outcome = condition.evaluate(json("{\"days\":7,\"mode\":\"percent\",\"feature\":\"reports\","
                + "\"diff\":{\"op\":\"lte\",\"value\":-50}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen().get("diff")).hasToString("-62.50");
    }

    @Test
    void percentWithoutPreviousUsageIsUnknown() {
        Outcome outcome = condition.evaluate(json("{\"days\":7,\"mode\":\"percent\",\"feature\":\"export\","
                + "\"diff\":{\"op\":\"gte\",\"value\":0}}"), context(facts().usage(0, "ana", "export", 3).build()));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("diff", null).containsKey("note");
    }

    @Test
    void badParamsAreRefusedWithTheirPath() {
        assertThat(condition.validate(json("{\"days\":7,\"feature\":\"\",\"diff\":{\"op\":\"eq\",\"value\":0}}"),
                "conditions.params")).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.feature"));
    }
}
