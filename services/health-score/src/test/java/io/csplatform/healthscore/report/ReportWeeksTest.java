package io.csplatform.healthscore.report;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWeeksTest {

    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    static final LocalTime NINE = LocalTime.of(9, 0);
    static final Instant SET = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void mondayNineInSaoPauloIsTwelveUtcAndTheWeekIsDueFromThenOn() {
        assertThat(ReportWeeks.due(SAO_PAULO, DayOfWeek.MONDAY, NINE, Instant.parse("2026-11-30T11:59:59Z"), SET, null)).isNull();
        assertThat(ReportWeeks.due(SAO_PAULO, DayOfWeek.MONDAY, NINE, Instant.parse("2026-11-30T12:00:00Z"), SET, null))
                .isEqualTo("2026-W49");
        assertThat(ReportWeeks.due(SAO_PAULO, DayOfWeek.MONDAY, NINE, Instant.parse("2026-12-03T08:00:00Z"), SET, null))
                .as("a service down at the slot sends later that week").isEqualTo("2026-W49");
    }

    @Test
    void aWeekAlreadySentIsNotDueAgainButTheNextOneIs() {
        assertThat(ReportWeeks.due(SAO_PAULO, DayOfWeek.MONDAY, NINE, Instant.parse("2026-11-30T13:00:00Z"), SET, "2026-W49")).isNull();
        assertThat(ReportWeeks.due(SAO_PAULO, DayOfWeek.MONDAY, NINE, Instant.parse("2026-12-07T12:00:00Z"), SET, "2026-W49"))
                .isEqualTo("2026-W50");
    }

    @Test
    void theTenantsLocalDayCountsNotUtcs() {
        // Sunday 23:30 in São Paulo is already Monday 02:30 UTC: still last week there (sent), not this week's Monday
        assertThat(ReportWeeks.due(SAO_PAULO, DayOfWeek.MONDAY, LocalTime.of(0, 0), Instant.parse("2026-11-30T02:30:00Z"),
                SET, "2026-W48")).isNull();
        assertThat(ReportWeeks.due(SAO_PAULO, DayOfWeek.MONDAY, LocalTime.of(0, 0), Instant.parse("2026-11-30T03:00:00Z"),
                SET, "2026-W48")).isEqualTo("2026-W49");
        assertThat(ReportWeeks.due(ZoneId.of("Asia/Tokyo"), DayOfWeek.MONDAY, NINE, Instant.parse("2026-11-30T00:00:00Z"),
                SET, null)).isEqualTo("2026-W49");
    }

    @Test
    void aSlotBeforeTheScheduleWasSetIsNotCaughtUp() {
        Instant setWednesday = Instant.parse("2026-12-02T12:00:00Z");
        assertThat(ReportWeeks.due(SAO_PAULO, DayOfWeek.MONDAY, NINE, Instant.parse("2026-12-03T12:00:00Z"), setWednesday,
                null)).isNull();
    }
}
