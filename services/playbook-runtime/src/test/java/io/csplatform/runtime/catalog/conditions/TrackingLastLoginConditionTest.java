package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.daysAgo;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code tracking.last-login}: days since the last login of any / all / key users. */
class TrackingLastLoginConditionTest {

    private final TrackingLastLoginCondition condition = new TrackingLastLoginCondition();

    private final Facts facts = facts().user("ana", true, daysAgo(40)).user("bia", false, daysAgo(2)).build();

    @Test
    void anyUserAwayForLongEnoughPasses() {
        Outcome outcome = condition.evaluate(json("{\"who\":\"any\",\"days\":{\"op\":\"gte\",\"value\":30}}"),
                context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("daysSinceLastLogin", java.util.Map.of("ana", 40L, "bia", 2L));
    }

    @Test
    void allUsersAndKeyUsersMustAllSatisfy() {
        assertThat(condition.evaluate(json("{\"who\":\"all\",\"days\":{\"op\":\"gte\",\"value\":30}}"), context(facts))
                .passed()).isFalse();
        assertThat(condition.evaluate(json("{\"who\":\"key\",\"days\":{\"op\":\"gte\",\"value\":40}}"), context(facts))
                .passed()).isTrue();
        assertThat(condition.evaluate(json("{\"who\":\"key\",\"days\":{\"op\":\"gt\",\"value\":40}}"), context(facts))
                .passed()).isFalse();
    }

    @Test
    void neverLoggedInSatisfiesOnlyAtLeastStyleComparisons() {
        Facts never = facts().user("ana", true, null).build();
        assertThat(condition.evaluate(json("{\"days\":{\"op\":\"gte\",\"value\":30}}"), context(never)).passed()).isTrue();
        assertThat(condition.evaluate(json("{\"days\":{\"op\":\"lte\",\"value\":30}}"), context(never)).passed()).isFalse();
    }

    @Test
    void noUsersIsUnknownAndFailsUnlessAskingForAbsence() {
        Outcome outcome = condition.evaluate(json("{\"who\":\"all\",\"days\":{\"op\":\"lt\",\"value\":7}}"),
                context(facts().build()));
        assertThat(outcome.passed()).isFalse();
        assertThat((String) outcome.seen().get("note")).contains("unknown");
        assertThat(condition.evaluate(json("{\"who\":\"all\",\"days\":{\"op\":\"gt\",\"value\":7}}"),
                context(facts().build())).passed()).isTrue();
    }

    @Test
    void badParamsAreRefusedWithTheirPath() {
        assertThat(condition.validate(json("{\"who\":\"admins\",\"days\":{\"op\":\"gt\",\"value\":7}}"),
                "conditions.params")).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.who"));
    }
}
