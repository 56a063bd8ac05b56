package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code tracking.total-diff}: total tracking of two periods, explicit or last N vs the N before. */
class TrackingTotalDiffConditionTest {

    private final TrackingTotalDiffCondition condition = new TrackingTotalDiffCondition();

    private final Facts facts = facts().usage(0, "ana", "reports", 10).usage(30, "ana", "reports", 40)
            .usage(31, "bia", "export", 10).build();

    @Test
    void explicitPeriodsAreCompared() {
        // current: 2026-10-24..10-25 = 50, previous: 2026-10-01..10-23 = 0 -> absolute 50
        Outcome outcome = condition.evaluate(json("{\"current\":{\"from\":\"2026-10-24\",\"to\":\"2026-10-25\"},"
                + "\"previous\":{\"from\":\"2026-10-01\",\"to\":\"2026-10-23\"},\"diff\":{\"op\":\"eq\",\"value\":50}}"),
                context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("period.current", "2026-10-24..2026-10-25");
    }

    @Test
    void lastNDaysVersusTheNBeforeInPercent() {
        // last 31 days (10-25..11-24) = 50; the 31 before (09-24..10-24) = 10 -> +400%
        Outcome outcome = condition.evaluate(json("{\"days\":31,\"mode\":\"percent\",\"diff\":{\"op\":\"gte\",\"value\":400}}"),
                context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen().get("diff")).hasToString("400.00");
        assertThat(condition.evaluate(json("{\"days\":31,\"mode\":\"percent\",\"diff\":{\"op\":\"gt\",\"value\":400}}"),
                context(facts)).passed()).isFalse();
    }

    @Test
    void noTrackingInBothPeriodsIsZeroPercent() {
        assertThat(condition.evaluate(json("{\"days\":7,\"mode\":\"percent\",\"diff\":{\"op\":\"eq\",\"value\":0}}"),
                context(facts().build())).passed()).isTrue();
    }

    @Test
    void badPeriodsAreRefusedWithTheirPath() {
        assertThat(condition.validate(json("{\"current\":{\"from\":\"2026-10-24\",\"to\":\"2026-10-20\"},"
                + "\"previous\":{\"from\":\"2026-10-01\",\"to\":\"2026-10-10\"},\"diff\":{\"op\":\"eq\",\"value\":0}}"),
                "conditions.params")).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.current.to"));
        assertThat(condition.validate(json("{\"current\":{\"from\":\"yesterday\",\"to\":\"2026-10-20\"},"
                + "\"previous\":{\"from\":\"2026-10-01\",\"to\":\"2026-10-10\"},\"diff\":{\"op\":\"eq\",\"value\":0}}"),
                "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.current.from"));
        assertThat(condition.validate(json("{\"diff\":{\"op\":\"eq\",\"value\":0}}"), "conditions.params")).isNotEmpty();
    }
}
