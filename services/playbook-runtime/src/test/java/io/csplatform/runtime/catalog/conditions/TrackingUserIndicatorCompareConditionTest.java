package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code tracking.user-indicator-compare}: one indicator per user, any / all / key users. */
class TrackingUserIndicatorCompareConditionTest {

    private final TrackingUserIndicatorCompareCondition condition = new TrackingUserIndicatorCompareCondition();

    private final Facts facts = facts().user("ana", true, null).user("bia", false, null).user("caio", false, null)
            .usage(0, "ana", "reports", 12).usage(3, "bia", "reports", 2).usage(3, "bia", "export", 20)
            .usage(10, "caio", "reports", 50).build();

    @Test
    void anyUserPassesWhenOneUserSatisfies() {
        Outcome outcome = condition.evaluate(json("{\"days\":7,\"indicator\":\"feature:reports\",\"mode\":\"any-user\","
                + "\"value\":{\"op\":\"gte\",\"value\":10}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("users.satisfying", 1L);
    }

    @Test
    void allUsersCountsUsersWithoutUsageAsZero() {
        // caio's usage is 10 days old: 0 in the last 7 days
        assertThat(condition.evaluate(json("{\"days\":7,\"mode\":\"all-users\",\"value\":{\"op\":\"gte\",\"value\":1}}"),
                context(facts)).passed()).isFalse();
        assertThat(condition.evaluate(json("{\"days\":11,\"mode\":\"all-users\",\"value\":{\"op\":\"gte\",\"value\":1}}"),
                context(facts)).passed()).isTrue();
    }

    @Test
    void keyUsersMustAllSatisfyAndNoKeyUsersFails() {
        assertThat(condition.evaluate(json("{\"days\":7,\"mode\":\"key-users\",\"value\":{\"op\":\"gt\",\"value\":11}}"),
                context(facts)).passed()).isTrue();
        Facts noKey = facts().user("bia", false, null).usage(0, "bia", "reports", 5).build();
        Outcome outcome = condition.evaluate(json("{\"days\":7,\"mode\":\"key-users\","
                + "\"value\":{\"op\":\"gte\",\"value\":0}}"), context(noKey));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("note", "no key users");
    }

    @Test
    void badParamsAreRefusedWithTheirPath() {
        assertThat(condition.validate(json("{\"days\":7,\"indicator\":\"logins\",\"mode\":\"any-user\","
                + "\"value\":{\"op\":\"gte\",\"value\":1}}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.indicator"));
        assertThat(condition.validate(json("{\"days\":7,\"value\":{\"op\":\"gte\",\"value\":1}}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.mode"));
    }
}
