package io.csplatform.runtime.catalog.conditions;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.csplatform.runtime.catalog.FactsBuilder.charge;
import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.FactsBuilder.paidCharge;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code finance.overdue} (today = 2026-11-24). */
class FinanceOverdueConditionTest {

    private final FinanceOverdueCondition condition = new FinanceOverdueCondition();
    private final io.csplatform.runtime.evaluation.Facts facts = facts()
            .charge(charge("100", LocalDate.of(2026, 11, 14), true))   // 10 days late
            .charge(charge("100", LocalDate.of(2026, 12, 14), false))
            .charge(paidCharge("100", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)))
            .build();

    @Test
    void passesWithAnOverdueCharge() {
        var outcome = condition.evaluate(json("{}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("charges.overdue", 1).containsEntry("maxDaysLate", 10L);
    }

    @Test
    void minDaysLateIsInclusive() {
        assertThat(condition.evaluate(json("{\"minDaysLate\": 10}"), context(facts)).passed()).isTrue();
        assertThat(condition.evaluate(json("{\"minDaysLate\": 11}"), context(facts)).passed()).isFalse();
    }

    @Test
    void noChargesFails() {
        assertThat(condition.evaluate(json("{}"), context(facts().build())).passed()).isFalse();
    }

    @Test
    void negativeMinDaysLateIsRefused() {
        assertThat(condition.validate(json("{\"minDaysLate\": -1}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.minDaysLate"));
    }
}
