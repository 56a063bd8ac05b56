package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code tickets.created-in-period}: tickets created in the last N days compared. */
class TicketsCreatedInPeriodConditionTest {

    private final TicketsCreatedInPeriodCondition condition = new TicketsCreatedInPeriodCondition();

    @Test
    void countsTicketsOfTheLastNDaysTodayIncludedAndNotTheDayBefore() {
        Facts facts = facts().tickets(0, 2).tickets(6, 1).tickets(7, 5).build();
        Outcome outcome = condition.evaluate(json("{\"days\":7,\"count\":{\"op\":\"eq\",\"value\":3}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("tickets.created", 3L).containsEntry("period", "2026-11-18..2026-11-24");
    }

    @Test
    void failsBelowTheThreshold() {
        Facts facts = facts().tickets(1, 2).build();
        assertThat(condition.evaluate(json("{\"days\":7,\"count\":{\"op\":\"gte\",\"value\":3}}"), context(facts))
                .passed()).isFalse();
    }

    @Test
    void noTicketsCountsZero() {
        assertThat(condition.evaluate(json("{\"days\":30,\"count\":{\"op\":\"eq\",\"value\":0}}"),
                context(facts().build())).passed()).isTrue();
    }

    @Test
    void badParamsAreRefusedWithTheirPath() {
        assertThat(condition.validate(json("{\"days\":0,\"count\":{\"op\":\"eq\",\"value\":0}}"), "conditions.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.days"));
    }
}
