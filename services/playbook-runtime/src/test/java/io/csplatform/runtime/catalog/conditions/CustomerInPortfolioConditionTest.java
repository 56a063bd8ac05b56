package io.csplatform.runtime.catalog.conditions;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code customer.in-portfolio}. */
class CustomerInPortfolioConditionTest {

    private static final UUID GOLD = UUID.fromString("10000000-0000-0000-0000-000000000001");
    private static final UUID SILVER = UUID.fromString("10000000-0000-0000-0000-000000000002");
    private final CustomerInPortfolioCondition condition = new CustomerInPortfolioCondition();

    @Test
    void passesWhenThePortfolioIsListed() {
        var outcome = condition.evaluate(json("{\"portfolioIds\": [\"" + SILVER + "\", \"" + GOLD + "\"]}"),
                context(facts().portfolioId(GOLD).build()));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("customer.portfolioId", GOLD);
    }

    @Test
    void failsInAnotherPortfolio() {
        assertThat(condition.evaluate(json("{\"portfolioIds\": [\"" + SILVER + "\"]}"),
                context(facts().portfolioId(GOLD).build())).passed()).isFalse();
    }

    @Test
    void failsWithoutPortfolio() {
        var outcome = condition.evaluate(json("{\"portfolioIds\": [\"" + SILVER + "\"]}"), context(facts().build()));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("customer.portfolioId", null);
    }

    @Test
    void notAUuidIsRefusedWithItsPath() {
        assertThat(condition.validate(json("{\"portfolioIds\": [\"gold\"]}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.portfolioIds[0]"));
        assertThat(condition.validate(json("{}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.portfolioIds"));
    }
}
