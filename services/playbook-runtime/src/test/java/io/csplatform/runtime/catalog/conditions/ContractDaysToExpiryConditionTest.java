package io.csplatform.runtime.catalog.conditions;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.csplatform.runtime.catalog.FactsBuilder.activeContract;
import static io.csplatform.runtime.catalog.FactsBuilder.contract;
import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code contract.days-to-expiry} (today = 2026-11-24). */
class ContractDaysToExpiryConditionTest {

    private final ContractDaysToExpiryCondition condition = new ContractDaysToExpiryCondition();

    @Test
    void countsDaysToTheActiveContractEndingLast() {
        var facts = facts().contract(activeContract("100", 1, LocalDate.of(2026, 12, 1)))
                .contract(activeContract("100", 1, LocalDate.of(2026, 12, 24)))
                .contract(contract("EXPIRED", "100", 1, null, LocalDate.of(2027, 5, 1), null)).build();
        var outcome = condition.evaluate(json("{\"days\": {\"op\": \"lte\", \"value\": 30}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("contract.daysToExpiry", 30L)
                .containsEntry("contract.endDate", LocalDate.of(2026, 12, 24));
        assertThat(condition.evaluate(json("{\"days\": {\"op\": \"lt\", \"value\": 30}}"), context(facts)).passed())
                .isFalse();
    }

    @Test
    void endingTodayIsZero() {
        var facts = facts().contract(activeContract("100", 1, LocalDate.of(2026, 11, 24))).build();
        assertThat(condition.evaluate(json("{\"days\": {\"op\": \"eq\", \"value\": 0}}"), context(facts)).passed())
                .isTrue();
    }

    @Test
    void noActiveContractFailsAndSaysWhy() {
        var facts = facts().contract(contract("CANCELLED", "100", 1, null, LocalDate.of(2026, 12, 1), null)).build();
        var outcome = condition.evaluate(json("{\"days\": {\"op\": \"gte\", \"value\": -1000}}"), context(facts));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("note", "no active contract").containsEntry("contract.daysToExpiry", null);
    }

    @Test
    void daysIsRequired() {
        assertThat(condition.validate(json("{}"), "conditions.params"))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.days"));
    }
}
