package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code customer.tasks.none-completed}: no task completed in the last N days (today included). */
class CustomerTasksNoneCompletedTriggerTest {

    private final CustomerTasksNoneCompletedTrigger trigger = new CustomerTasksNoneCompletedTrigger();

    @Test
    void noCompletionInTheWindowFires() {
        Outcome outcome = trigger.firesFor(json("{\"days\":30}"), context(TriggerFacts.withTasks(
                TriggerFacts.completed("Kickoff", TODAY.minusDays(60), TODAY.minusDays(31)),
                TriggerFacts.pending("Go-live", TODAY.plusDays(3)))));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("lastCompletedDate", TODAY.minusDays(31))
                .containsEntry("period", "2026-10-26..2026-11-24");
    }

    @Test
    void aCompletionInTheWindowDoesNotFire() {
        assertThat(trigger.firesFor(json("{\"days\":30}"), context(TriggerFacts.withTasks(
                TriggerFacts.completed("Kickoff", TODAY, TODAY)))).passed()).isFalse();
    }

    @Test
    void theOldestDayOfTheWindowCountsAndACustomerWithoutTasksFires() {
        assertThat(trigger.firesFor(json("{\"days\":30}"), context(TriggerFacts.withTasks(
                TriggerFacts.completed("Kickoff", TODAY, TODAY.minusDays(29))))).passed()).isFalse();
        Outcome none = trigger.firesFor(json("{\"days\":30}"), context(TriggerFacts.withTasks()));
        assertThat(none.passed()).isTrue();
        assertThat(none.seen()).containsEntry("lastCompletedDate", null);
    }

    @Test
    void daysAreRequiredAndPositive() {
        assertThat(trigger.validate(json("{}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.days"));
        assertThat(trigger.validate(json("{\"days\":0}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.days"));
        assertThat(trigger.dueOn(json("{\"days\":3}"), TODAY, LocalTime.NOON)).isTrue();
    }
}
