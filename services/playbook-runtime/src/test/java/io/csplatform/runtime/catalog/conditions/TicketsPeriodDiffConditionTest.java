package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.conditions.ConditionFacts2.facts;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code tickets.period-diff}: tickets of the last N days vs the N days before, absolute or percent. */
class TicketsPeriodDiffConditionTest {

    private final TicketsPeriodDiffCondition condition = new TicketsPeriodDiffCondition();

    @Test
    void absoluteDifferenceOfTheTwoPeriods() {
        // current 2026-11-18..24: 5 tickets; previous 11-11..17: 2 tickets
        Facts facts = facts().tickets(0, 3).tickets(6, 2).tickets(7, 1).tickets(13, 1).tickets(14, 9).build();
        Outcome outcome = condition.evaluate(json("{\"days\":7,\"diff\":{\"op\":\"gte\",\"value\":3}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("tickets.current", 5L).containsEntry("tickets.previous", 2L);
        assertThat(condition.evaluate(json("{\"days\":7,\"diff\":{\"op\":\"gt\",\"value\":3}}"), context(facts))
                .passed()).isFalse();
    }

    @Test
    void percentIsRoundedToTwoDecimals() {
        Facts facts = facts().tickets(0, 2).tickets(7, 3).build();
        Outcome outcome = condition.evaluate(
                json("{\"days\":7,\"mode\":\"percent\",\"diff\":{\"op\":\"lte\",\"value\":-33}}"), context(facts));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen().get("diff")).hasToString("-33.33");
    }

    @Test
    void percentFromAnEmptyPreviousPeriodIsUnknownUnlessBothAreEmpty() {
        Outcome unknown = condition.evaluate(
                json("{\"days\":7,\"mode\":\"percent\",\"diff\":{\"op\":\"gte\",\"value\":0}}"),
                context(facts().tickets(0, 1).build()));
        assertThat(unknown.passed()).isFalse();
        assertThat(unknown.seen()).containsEntry("diff", null).containsKey("note");
        assertThat(condition.evaluate(json("{\"days\":7,\"mode\":\"percent\",\"diff\":{\"op\":\"eq\",\"value\":0}}"),
                context(facts().build())).passed()).isTrue();
    }

    @Test
    void anUnknownModeIsRefused() {
        assertThat(condition.validate(json("{\"days\":7,\"mode\":\"ratio\",\"diff\":{\"op\":\"eq\",\"value\":0}}"),
                "conditions.params")).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("conditions.params.mode"));
    }
}
