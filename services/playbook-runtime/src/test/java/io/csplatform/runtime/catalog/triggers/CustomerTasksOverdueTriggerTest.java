package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code customer.tasks.overdue}: a pending task due at least minDaysLate days ago, checked daily. */
class CustomerTasksOverdueTriggerTest {

    private final CustomerTasksOverdueTrigger trigger = new CustomerTasksOverdueTrigger();

    @Test
    void aPendingTaskDueYesterdayFires() {
        Outcome outcome = trigger.firesFor(json("{}"), context(TriggerFacts.withTasks(
                TriggerFacts.pending("Kickoff", TODAY.minusDays(1)))));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("maxDaysLate", 1L).containsEntry("minDaysLate", 1);
    }

    @Test
    void aTaskDueTodayOrCompletedDoesNotFire() {
        Outcome outcome = trigger.firesFor(json("{}"), context(TriggerFacts.withTasks(
                TriggerFacts.pending("Kickoff", TODAY),
                TriggerFacts.completed("Go-live", TODAY.minusDays(30), TODAY.minusDays(2)))));
        assertThat(outcome.passed()).isFalse();
        assertThat(trigger.firesFor(json("{}"), context(TriggerFacts.withTasks())).passed()).isFalse();
    }

    @Test
    void exactlyMinDaysLateFiresAndOneDayLessDoesNot() {
        var params = json("{\"minDaysLate\":5}");
        assertThat(trigger.firesFor(params, context(TriggerFacts.withTasks(
                TriggerFacts.boardPending("Call", TODAY.minusDays(5))))).passed()).isTrue();
        assertThat(trigger.firesFor(params, context(TriggerFacts.withTasks(
                TriggerFacts.boardPending("Call", TODAY.minusDays(4))))).passed()).isFalse();
    }

    @Test
    void labelsNarrowTheTasksLooked() {
        var facts = TriggerFacts.withTasks(TriggerFacts.pending("Kickoff", TODAY.minusDays(3), "meeting"));
        assertThat(trigger.firesFor(json("{\"labels\":[\"Meeting\"]}"), context(facts)).passed()).isTrue();
        assertThat(trigger.firesFor(json("{\"labels\":[\"call\"]}"), context(facts)).passed()).isFalse();
    }

    @Test
    void itIsDueEveryDayOnceTheHourIsReached() {
        assertThat(trigger.dueOn(json("{}"), TODAY, LocalTime.MIDNIGHT)).isTrue();
        assertThat(trigger.dueOn(json("{\"at\":\"08:00\"}"), TODAY, LocalTime.of(7, 59))).isFalse();
        assertThat(trigger.dueOn(json("{\"at\":\"08:00\"}"), TODAY, LocalTime.of(8, 0))).isTrue();
    }

    @Test
    void badParamsAreRefusedWithTheirPath() {
        assertThat(trigger.validate(json("{\"minDaysLate\":0}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.minDaysLate"));
        assertThat(trigger.validate(json("{\"at\":\"25:00\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.at"));
    }
}
