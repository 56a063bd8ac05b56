package io.csplatform.journeys.task;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DueDatesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void aDueDateOnAWeekdayStaysPut() {
        assertThat(DueDates.due(MONDAY, 3, true)).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void saturdayAndSundayMoveToMondayWhenSkippingWeekends() {
        assertThat(DueDates.due(MONDAY, 5, true)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(DueDates.due(MONDAY, 6, true)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void withoutSkippingWeekendsAWeekendDateIsKept() {
        assertThat(DueDates.due(MONDAY, 5, false)).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void sevenDaysFromAnyDayNeverLandsOnAWeekendWhenSkipping() {
        for (int offset = 0; offset < 7; offset++) {
            assertThat(DueDates.isWeekend(DueDates.due(MONDAY.plusDays(offset), 7, true))).isFalse();
        }
    }
}
