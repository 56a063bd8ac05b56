package io.csplatform.runtime.catalog.conditions;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code hierarchy.mrr}: the parent's MRR or the branches' sum. */
class HierarchyMrrConditionTest {

    private final HierarchyMrrCondition condition = new HierarchyMrrCondition();

    @Test
    void comparesTheParentsMrr() {
        var branch = facts().branchOf(UUID.randomUUID(), "5000").build();
        assertThat(condition.evaluate(json("{\"of\": \"parent\", \"mrr\": {\"op\": \"gte\", \"value\": 5000}}"),
                context(branch)).passed()).isTrue();
        assertThat(condition.evaluate(json("{\"of\": \"parent\", \"mrr\": {\"op\": \"gt\", \"value\": 5000}}"),
                context(branch)).passed()).isFalse();
    }

    @Test
    void sumsTheBranchesMrr() {
        var parent = facts().branch(UUID.randomUUID(), "100.50").branch(UUID.randomUUID(), "200").build();
        var outcome = condition.evaluate(json("{\"of\": \"branches\", \"mrr\": {\"op\": \"eq\", \"value\": 300.5}}"),
                context(parent));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("branches.mrr", new BigDecimal("300.50"));
    }

    @Test
    void unknownHierarchyFails() {
        var standalone = facts().build();
        var parentOutcome = condition.evaluate(json("{\"of\": \"parent\", \"mrr\": {\"op\": \"gte\", \"value\": 0}}"),
                context(standalone));
        assertThat(parentOutcome.passed()).isFalse();
        assertThat(parentOutcome.seen()).containsEntry("note", "the customer has no parent account");
        assertThat(condition.evaluate(json("{\"of\": \"branches\", \"mrr\": {\"op\": \"gte\", \"value\": 0}}"),
                context(standalone)).passed()).isFalse();
    }

    @Test
    void ofIsRequired() {
        assertThat(condition.validate(json("{\"mrr\": {\"op\": \"gte\", \"value\": 0}}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.of"));
    }
}
