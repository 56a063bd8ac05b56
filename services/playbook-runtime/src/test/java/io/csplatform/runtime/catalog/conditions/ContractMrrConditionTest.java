package io.csplatform.runtime.catalog.conditions;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code contract.mrr}: the customer's MRR. */
class ContractMrrConditionTest {

    private final ContractMrrCondition condition = new ContractMrrCondition();

    @Test
    void comparesTheCustomersMrr() {
        var facts = facts().mrr("2500.00").build();
        var outcome = condition.evaluate(json("{\"mrr\": {\"op\": \"between\", \"min\": 1000, \"max\": 2500}}"),
                context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("customer.mrr", new BigDecimal("2500.00"))
                .containsEntry("threshold", "between 1000 and 2500");
        assertThat(condition.evaluate(json("{\"mrr\": {\"op\": \"gt\", \"value\": 2500}}"), context(facts)).passed())
                .isFalse();
    }

    @Test
    void unknownMrrFails() {
        assertThat(condition.evaluate(json("{\"mrr\": {\"op\": \"lte\", \"value\": 100}}"),
                context(facts().mrr((BigDecimal) null).build())).passed()).isFalse();
    }

    @Test
    void betweenNeedsMinAndMax() {
        assertThat(condition.validate(json("{\"mrr\": {\"op\": \"between\", \"min\": 1}}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.mrr.max"));
    }
}
