package io.csplatform.tickets.sla;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlaPolicyTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final BusinessHours WEEKDAYS_9_TO_18 = new BusinessHours(
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0), LocalTime.of(18, 0));

    @Test
    void aroundTheClockDeadlinesAreTheCreationTimePlusTheMinutes() {
        var policy = new SlaPolicy("urgent", 30, 240, null);

        Deadlines deadlines = policy.deadlines(Instant.parse("2026-03-06T20:00:00Z"), SAO_PAULO);

        assertThat(deadlines.firstResponseDueAt()).isEqualTo(Instant.parse("2026-03-06T20:30:00Z"));
        assertThat(deadlines.resolutionDueAt()).isEqualTo(Instant.parse("2026-03-07T00:00:00Z"));
    }

    @Test
    void businessMinutesLeftOnFridayEveningRunOnMondayMorningInTheTenantsZone() {
        // Friday 2026-03-06 17:00 in São Paulo (UTC-3): one business hour left that day, the rest from Monday 09:00
        var policy = new SlaPolicy("high", 120, null, WEEKDAYS_9_TO_18);

        Deadlines deadlines = policy.deadlines(Instant.parse("2026-03-06T20:00:00Z"), SAO_PAULO);

        assertThat(deadlines.firstResponseDueAt()).isEqualTo(Instant.parse("2026-03-09T13:00:00Z"));
        assertThat(deadlines.resolutionDueAt()).isNull();
    }

    @Test
    void aTicketOpenedOutsideBusinessHoursStartsCountingAtTheNextOpening() {
        Instant saturday = Instant.parse("2026-03-07T15:00:00Z");
        Instant sundayNightLocal = Instant.parse("2026-03-09T02:00:00Z"); // Sunday 23:00 in São Paulo

        assertThat(WEEKDAYS_9_TO_18.plus(saturday, 60, SAO_PAULO)).isEqualTo(Instant.parse("2026-03-09T13:00:00Z"));
        assertThat(WEEKDAYS_9_TO_18.plus(sundayNightLocal, 9 * 60 + 30, SAO_PAULO))
                .isEqualTo(Instant.parse("2026-03-10T12:30:00Z"));
    }

    @Test
    void businessHoursNeedDaysAndAStartBeforeTheEnd() {
        assertThatThrownBy(() -> new BusinessHours(List.of(), LocalTime.NOON, LocalTime.MIDNIGHT.minusMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessHours(List.of(DayOfWeek.MONDAY), LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
