package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.csplatform.runtime.catalog.FactsBuilder.activeContract;
import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code contract.users}: latest contract or sum. */
class ContractUsersConditionTest {

    private final ContractUsersCondition condition = new ContractUsersCondition();
    private final Facts facts = facts()
            .contract(activeContract("100", 10, LocalDate.of(2027, 1, 31)))
            .contract(activeContract("100", 4, LocalDate.of(2027, 12, 31)))
            .build();

    @Test
    void latestModeReadsTheContractEndingLast() {
        assertThat(passes("{\"users\": {\"op\": \"eq\", \"value\": 4}}", facts)).isTrue();
        assertThat(passes("{\"users\": {\"op\": \"gt\", \"value\": 4}, \"mode\": \"latest\"}", facts)).isFalse();
    }

    @Test
    void sumModeAddsTheActiveContracts() {
        var outcome = condition.evaluate(json("{\"users\": {\"op\": \"eq\", \"value\": 14}, \"mode\": \"sum\"}"),
                context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("contract.users", 14);
    }

    @Test
    void noActiveContractFails() {
        var outcome = condition.evaluate(json("{\"users\": {\"op\": \"gte\", \"value\": 0}}"), context(facts().build()));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.seen()).containsEntry("contract.users", null).containsEntry("note", "no active contract");
    }

    @Test
    void anUnknownModeIsRefused() {
        assertThat(condition.validate(json("{\"users\": {\"op\": \"gte\", \"value\": 0}, \"mode\": \"max\"}"),
                "conditions.params")).anySatisfy(e -> assertThat(e.path()).isEqualTo("conditions.params.mode"));
    }

    private boolean passes(String params, Facts facts) {
        return condition.evaluate(json(params), context(facts)).passed();
    }
}
