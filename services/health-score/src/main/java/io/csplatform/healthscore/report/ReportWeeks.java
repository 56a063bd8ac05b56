package io.csplatform.healthscore.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** When a weekly report is due: pure, so the sweep's rule reads (and is tested) without a clock. */
public final class ReportWeeks {

    private ReportWeeks() {
    }

    /**
     * The ISO week (2026-W49) whose report is due at {@code now}: this week's slot (its day and local time in the
     * tenant's zone) has come, came after the schedule was last set ({@code since}), and this week was not sent yet
     * ({@code lastWeek}). Null when nothing is due. A service that was down at the slot sends later in the same week.
     */
    public static String due(ZoneId zone, DayOfWeek day, LocalTime time, Instant now, Instant since, String lastWeek) {
        LocalDate weekStart = LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant slot = weekStart.plusDays(day.getValue() - 1L).atTime(time).atZone(zone).toInstant();
        String week = week(weekStart);
        if (now.isBefore(slot) || (since != null && slot.isBefore(since)) || week.equals(lastWeek)) {
            return null;
        }
        return week;
    }

    static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
