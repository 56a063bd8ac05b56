package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code tracking.features-used}: distinct features used in the last N days. */
class TrackingFeaturesUsedConditionTest {

    private final TrackingFeaturesUsedCondition condition = new TrackingFeaturesUsedCondition();

    @Test
    void countsDistinctFeaturesWithUsageInThePeriod() {
        Facts facts = facts().usage(0, "ana", "reports", 3).usage(2, "bia", "reports", 1).usage(4, "bia", "export", 1)
                .usage(5, "ana", "import", 0).usage(30, "ana", "billing", 7).build();
        Outcome outcome = condition.evaluate(json("{\"days\":7,\"count\":{\"op\":\"eq\",\"value\":2}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("features", java.util.List.of("export", "reports"));
    }

    @Test
    void failsWhenFewerFeaturesWereUsed() {
        Facts facts = facts().usage(0, "ana", "reports", 3).build();
        assertThat(condition.evaluate(json("{\"days\":7,\"count\":{\"op\":\"gte\",\"value\":2}}"), context(facts))
                .passed()).isFalse();
    }

    @Test
    void noTrackingIsZeroFeatures() {
        assertThat(condition.evaluate(json("{\"days\":7,\"count\":{\"op\":\"eq\",\"value\":0}}"),
                context(facts().build())).passed()).isTrue();
    }

    @Test
    void betweenNeedsItsBounds() {
        assertThat(condition.validate(json("{\"days\":7,\"count\":{\"op\":\"between\",\"min\":1}}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.count.max"));
    }
}
