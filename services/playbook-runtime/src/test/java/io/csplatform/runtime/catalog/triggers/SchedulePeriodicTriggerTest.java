package io.csplatform.runtime.catalog.triggers;

import io.csplatform.runtime.evaluation.Condition.Outcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static io.csplatform.runtime.catalog.triggers.TriggerFacts.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog row {@code schedule.periodic}: every n days, on weekdays or on a month day, from a time of day. */
class SchedulePeriodicTriggerTest {

    private final SchedulePeriodicTrigger trigger = new SchedulePeriodicTrigger();

    @Test
    void weekdaysRunOnTheirDaysFromTheirHour() {
        var params = json("{\"weekdays\":[\"TUE\",\"FRI\"],\"at\":\"09:00\"}");
        assertThat(trigger.dueOn(params, TODAY, LocalTime.of(9, 0))).isTrue();
        assertThat(trigger.dueOn(params, TODAY, LocalTime.of(8, 59))).isFalse();
        assertThat(trigger.dueOn(params, TODAY.plusDays(1), LocalTime.NOON)).isFalse();
        assertThat(trigger.dueOn(params, TODAY.plusDays(3), LocalTime.NOON)).isTrue();
    }

    @Test
    void everyNDaysCountsFromSince() {
        var weekly = json("{\"every\":\"P7D\",\"since\":\"2026-11-03\"}");
        assertThat(trigger.dueOn(weekly, TODAY, LocalTime.MIDNIGHT)).isTrue();
        assertThat(trigger.dueOn(weekly, TODAY.minusDays(1), LocalTime.MAX)).isFalse();
        assertThat(trigger.dueOn(weekly, LocalDate.of(2026, 10, 27), LocalTime.MAX)).isFalse();
        var daily = json("{\"every\":\"P1D\",\"at\":\"08:00\"}");
        assertThat(trigger.dueOn(daily, TODAY, LocalTime.of(8, 0))).isTrue();
        assertThat(trigger.dueOn(json("{\"every\":\"P2D\"}"), LocalDate.of(2026, 1, 3), LocalTime.MAX)).isTrue();
        assertThat(trigger.dueOn(json("{\"every\":\"P2D\"}"), LocalDate.of(2026, 1, 4), LocalTime.MAX)).isFalse();
    }

    @Test
    void aMonthDayBeyondTheMonthRunsOnItsLastDay() {
        var thirtyFirst = json("{\"monthDay\":31}");
        assertThat(trigger.dueOn(thirtyFirst, LocalDate.of(2026, 11, 30), LocalTime.MAX)).isTrue();
        assertThat(trigger.dueOn(thirtyFirst, LocalDate.of(2026, 2, 28), LocalTime.MAX)).isTrue();
        assertThat(trigger.dueOn(thirtyFirst, LocalDate.of(2028, 2, 28), LocalTime.MAX)).isFalse();
        assertThat(trigger.dueOn(thirtyFirst, LocalDate.of(2028, 2, 29), LocalTime.MAX)).isTrue();
        assertThat(trigger.dueOn(thirtyFirst, LocalDate.of(2026, 12, 30), LocalTime.MAX)).isFalse();
        assertThat(trigger.dueOn(json("{\"monthDay\":1}"), LocalDate.of(2026, 12, 1), LocalTime.MIDNIGHT)).isTrue();
    }

    @Test
    void itFiresForEveryCustomerTheConditionsLetThrough() {
        Outcome outcome = trigger.firesFor(json("{\"monthDay\":24}"), context(TriggerFacts.withTasks()));
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.seen()).containsEntry("weekday", "TUE");
    }

    @Test
    void badSchedulesAreRefusedWithTheirPath() {
        assertThat(trigger.validate(json("{\"every\":\"P0D\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.every"));
        assertThat(trigger.validate(json("{\"every\":\"P1M\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.every"));
        assertThat(trigger.validate(json("{\"every\":\"PT12H\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.every"));
        assertThat(trigger.validate(json("{\"monthDay\":32}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.monthDay"));
        assertThat(trigger.validate(json("{\"weekdays\":[\"MONDAY\"]}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.weekdays[0]"));
        assertThat(trigger.validate(json("{\"every\":\"P1D\",\"monthDay\":1}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.monthDay"));
        assertThat(trigger.validate(json("{\"at\":\"08:00\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params"));
        assertThat(trigger.validate(json("{\"monthDay\":1,\"since\":\"2026-01-01\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.since"));
        assertThat(trigger.validate(json("{\"every\":\"P7D\",\"since\":\"2026-13-01\"}"), "trigger.params"))
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("trigger.params.since"));
        assertThat(trigger.validate(json("{\"weekdays\":[\"MON\",\"THU\"],\"at\":\"09:00\"}"), "trigger.params"))
                .isEmpty();
    }
}
