package io.csplatform.runtime.catalog.conditions;

import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code customer.services}: has / hasNot over the customer's services (logic tested in CustomerTagsConditionTest). */
class CustomerServicesConditionTest {

    private final CustomerServicesCondition condition = new CustomerServicesCondition();

    @Test
    void readsTheCustomersServices() {
        var facts = facts().services("Alpha", "Beta").build();
        var outcome = condition.evaluate(json("{\"has\": [\"alpha\"]}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsKey("customer.services");
        assertThat(condition.evaluate(json("{\"has\": [\"gamma\"]}"), context(facts)).passed()).isFalse();
        assertThat(condition.evaluate(json("{\"hasNot\": [\"gamma\"]}"), context(facts)).passed()).isTrue();
    }

    @Test
    void noneKnownNeverHas() {
        assertThat(condition.evaluate(json("{\"has\": [\"alpha\"]}"), context(facts().build())).passed()).isFalse();
    }

    @Test
    void anEmptyListIsRefused() {
        assertThat(condition.validate(json("{\"hasNot\": []}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.hasNot"));
        assertThat(condition.id()).isEqualTo("customer.services");
    }
}
