package io.csplatform.journeys.task;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** When a task falls due: calendar days after a reference date; "skip weekends" moves Saturday and Sunday to Monday. */
public final class DueDates {

    private DueDates() {
    }

    public static LocalDate due(LocalDate reference, int days, boolean skipWeekends) {
        LocalDate due = reference.plusDays(days);
        if (!skipWeekends) {
            return due;
        }
        return switch (due.getDayOfWeek()) {
            case SATURDAY -> due.plusDays(2);
            case SUNDAY -> due.plusDays(1);
            default -> due;
        };
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
