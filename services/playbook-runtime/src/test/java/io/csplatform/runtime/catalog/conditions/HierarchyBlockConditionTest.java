package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code hierarchy.block}: passes unless the customer is of the blocked kind. */
class HierarchyBlockConditionTest {

    private final HierarchyBlockCondition condition = new HierarchyBlockCondition();
    private final Facts parent = facts().branch(UUID.randomUUID(), "100").build();
    private final Facts branch = facts().branchOf(UUID.randomUUID(), "900").build();
    private final Facts standalone = facts().build();

    @Test
    void blockingParentsStopsParentsOnly() {
        var outcome = condition.evaluate(json("{\"block\": \"parent\"}"), context(parent));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("customer.isParent", true);
        assertThat(passes("parent", branch)).isTrue();
    }

    @Test
    void blockingBranchesStopsBranchesOnly() {
        assertThat(passes("branch", branch)).isFalse();
        assertThat(passes("branch", parent)).isTrue();
    }

    @Test
    void aStandaloneAccountIsNeverBlocked() {
        assertThat(passes("parent", standalone)).isTrue();
        assertThat(passes("branch", standalone)).isTrue();
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThat(condition.validate(json("{\"block\": \"both\"}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.block"));
    }

    private boolean passes(String block, Facts facts) {
        return condition.evaluate(json("{\"block\": \"" + block + "\"}"), context(facts)).passed();
    }
}
