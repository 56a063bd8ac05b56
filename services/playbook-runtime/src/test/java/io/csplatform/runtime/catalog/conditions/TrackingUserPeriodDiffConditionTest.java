package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code tracking.user-period-diff}: per user, last N days vs the N before; any / all users. */
class TrackingUserPeriodDiffConditionTest {

    private final TrackingUserPeriodDiffCondition condition = new TrackingUserPeriodDiffCondition();

    // ana 10 -> 2 (-8), bia 5 -> 5 (0); caio is known but never used anything (0 -> 0)
    private final Facts facts = facts().user("caio", false, null).usage(0, "ana", "reports", 2)
            .usage(8, "ana", "reports", 10).usage(1, "bia", "export", 5).usage(9, "bia", "export", 5).build();

    @Test
    void anyUserWithADropPasses() {
        Outcome outcome = condition.evaluate(json("{\"days\":7,\"diff\":{\"op\":\"lte\",\"value\":-5}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("users.satisfying", 1L);
    }

    @Test
    void allUsersMustSatisfy() {
        assertThat(condition.evaluate(json("{\"days\":7,\"users\":\"all\",\"diff\":{\"op\":\"lte\",\"value\":0}}"),
                context(facts)).passed()).isTrue();
        assertThat(condition.evaluate(json("{\"days\":7,\"users\":\"all\",\"diff\":{\"op\":\"lt\",\"value\":0}}"),
                context(facts)).passed()).isFalse();
    }

    @Test
    void percentPerUserTreatsZeroToZeroAsZeroAndNewUsageAsUnknown() {
        Facts fresh = facts().usage(0, "dan", "reports", 4).build();
        Outcome outcome = condition.evaluate(json("{\"days\":7,\"mode\":\"percent\",\"diff\":{\"op\":\"gte\",\"value\":0}}"),
                context(fresh));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsKey("note");
        assertThat(condition.evaluate(json("{\"days\":7,\"mode\":\"percent\",\"feature\":\"reports\","
                + "\"diff\":{\"op\":\"eq\",\"value\":-80}}"), context(facts)).passed()).isTrue();
        assertThat(condition.evaluate(json("{\"days\":7,\"diff\":{\"op\":\"gte\",\"value\":0}}"),
                context(facts().build())).passed()).isFalse();
    }

    @Test
    void badParamsAreRefusedWithTheirPath() {
        assertThat(condition.validate(json("{\"days\":7,\"users\":\"key\",\"diff\":{\"op\":\"eq\",\"value\":0}}"),
                "conditions.params")).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.users"));
    }
}
