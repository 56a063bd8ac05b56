package io.csplatform.runtime.catalog.conditions;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.csplatform.runtime.catalog.FactsBuilder.contract;
import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code customer.plan}: the customer's plan or an active contract's. */
class CustomerPlanConditionTest {

    private final CustomerPlanCondition condition = new CustomerPlanCondition();
    private static final LocalDate END = LocalDate.of(2027, 6, 30);

    @Test
    void theCustomersPlanCounts() {
        var facts = facts().plan("Enterprise").build();
        assertThat(condition.evaluate(json("{\"has\": [\"enterprise\", \"pro\"]}"), context(facts)).passed()).isTrue();
        assertThat(condition.evaluate(json("{\"hasNot\": [\"enterprise\"]}"), context(facts)).passed()).isFalse();
    }

    @Test
    void anActiveContractsPlanCountsButNotACancelledOne() {
        var facts = facts().contract(contract("ACTIVE", "100", 5, null, END, "Pro"))
                .contract(contract("CANCELLED", "100", 5, null, END, "Starter")).build();
        var outcome = condition.evaluate(json("{\"has\": [\"Pro\"]}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen().get("plans")).asList().containsExactly("Pro");
        assertThat(condition.evaluate(json("{\"has\": [\"Starter\"]}"), context(facts)).passed()).isFalse();
        assertThat(condition.evaluate(json("{\"hasNot\": [\"Starter\"]}"), context(facts)).passed()).isTrue();
    }

    @Test
    void noPlanAtAllNeverHasOne() {
        assertThat(condition.evaluate(json("{\"has\": [\"Pro\"]}"), context(facts().build())).passed()).isFalse();
        assertThat(condition.evaluate(json("{\"hasNot\": [\"Pro\"]}"), context(facts().build())).passed()).isTrue();
    }

    @Test
    void anEmptyPlanListIsRefused() {
        assertThat(condition.validate(json("{\"has\": []}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.has"));
    }
}
