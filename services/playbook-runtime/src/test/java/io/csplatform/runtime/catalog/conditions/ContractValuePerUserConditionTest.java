package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static io.csplatform.runtime.catalog.FactsBuilder.activeContract;
import static io.csplatform.runtime.catalog.FactsBuilder.contract;
import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code contract.value-per-user}: the contract ending last, or the aggregate. */
class ContractValuePerUserConditionTest {

    private final ContractValuePerUserCondition condition = new ContractValuePerUserCondition();
    private final Facts facts = facts()
            .contract(activeContract("1000", 10, LocalDate.of(2027, 1, 31)))   // 100 per user
            .contract(activeContract("900", 3, LocalDate.of(2027, 12, 31)))    // 300 per user, ends last
            .contract(contract("CANCELLED", "5000", 1, null, LocalDate.of(2028, 1, 1), null))
            .build();

    @Test
    void usesTheActiveContractEndingLast() {
        var outcome = condition.evaluate(json("{\"value\": {\"op\": \"eq\", \"value\": 300}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("valuePerUser", new BigDecimal("300.00"));
    }

    @Test
    void aggregateDividesTotalMrrByTotalUsers() {
        // 1900 / 13 = 146.153... -> 146.15
        var outcome = condition.evaluate(json("{\"value\": {\"op\": \"lt\", \"value\": 150}, \"aggregate\": true}"),
                context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("valuePerUser", new BigDecimal("146.15"));
        assertThat(condition.evaluate(json("{\"value\": {\"op\": \"gte\", \"value\": 300}, \"aggregate\": true}"),
                context(facts)).passed()).isFalse();
    }

    @Test
    void unknownUsersOrNoContractFails() {
        Facts unknownUsers = facts().contract(activeContract("1000", null, LocalDate.of(2027, 1, 31))).build();
        var outcome = condition.evaluate(json("{\"value\": {\"op\": \"gte\", \"value\": 0}}"), context(unknownUsers));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("valuePerUser", null);
        assertThat(condition.evaluate(json("{\"value\": {\"op\": \"gte\", \"value\": 0}}"), context(facts().build()))
                .seen()).containsEntry("note", "no active contract");
    }

    @Test
    void aggregateMustBeABoolean() {
        assertThat(condition.validate(json("{\"value\": {\"op\": \"gte\", \"value\": 0}, \"aggregate\": 1}"),
                "conditions.params")).anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.aggregate"));
    }
}
