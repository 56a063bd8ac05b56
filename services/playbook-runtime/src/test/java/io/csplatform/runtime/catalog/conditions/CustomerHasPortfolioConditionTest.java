package io.csplatform.runtime.catalog.conditions;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code customer.has-portfolio}. */
class CustomerHasPortfolioConditionTest {

    private final CustomerHasPortfolioCondition condition = new CustomerHasPortfolioCondition();

    @Test
    void hasTruePassesForACustomerInAPortfolio() {
        var inOne = facts().portfolioId(UUID.randomUUID()).build();
        assertThat(condition.evaluate(json("{\"has\": true}"), context(inOne)).passed()).isTrue();
        assertThat(condition.evaluate(json("{\"has\": false}"), context(inOne)).passed()).isFalse();
    }

    @Test
    void hasFalsePassesWithoutPortfolio() {
        var none = facts().build();
        assertThat(condition.evaluate(json("{\"has\": false}"), context(none)).passed()).isTrue();
        var outcome = condition.evaluate(json("{\"has\": true}"), context(none));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("customer.portfolioId", null);
    }

    @Test
    void hasMustBeABoolean() {
        assertThat(condition.validate(json("{\"has\": \"yes\"}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.has"));
        assertThat(condition.validate(json("{}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.has"));
    }
}
