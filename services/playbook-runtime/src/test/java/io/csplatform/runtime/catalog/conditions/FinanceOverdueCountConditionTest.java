package io.csplatform.runtime.catalog.conditions;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.csplatform.runtime.catalog.FactsBuilder.charge;
import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code finance.overdue-count}. */
class FinanceOverdueCountConditionTest {

    private final FinanceOverdueCountCondition condition = new FinanceOverdueCountCondition();

    @Test
    void countsOverdueCharges() {
        var facts = facts().charge(charge("10", LocalDate.of(2026, 10, 1), true))
                .charge(charge("10", LocalDate.of(2026, 11, 1), true))
                .charge(charge("10", LocalDate.of(2026, 12, 1), false)).build();
        var outcome = condition.evaluate(json("{\"count\": {\"op\": \"gte\", \"value\": 2}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("charges.overdue", 2);
        assertThat(condition.evaluate(json("{\"count\": {\"op\": \"gt\", \"value\": 2}}"), context(facts)).passed())
                .isFalse();
    }

    @Test
    void noChargesIsZero() {
        assertThat(condition.evaluate(json("{\"count\": {\"op\": \"eq\", \"value\": 0}}"), context(facts().build()))
                .passed()).isTrue();
    }

    @Test
    void countMustBeAComparison() {
        assertThat(condition.validate(json("{\"count\": 3}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.count"));
    }
}
