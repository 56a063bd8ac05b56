package io.csplatform.tickets.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Working days and the daily opening hours (from {@code start} to {@code end}) in which SLA minutes run. */
public record BusinessHours(List<DayOfWeek> days, LocalTime start, LocalTime end) {

    public BusinessHours {
        if (days == null || days.isEmpty() || start == null || end == null || !start.isBefore(end)) {
            throw new IllegalArgumentException("business hours need days and start before end");
        }
        days = days.stream().distinct().sorted().toList();
    }

    /** The instant {@code minutes} business minutes after {@code from}, counted in {@code zone}. */
    public Instant plus(Instant from, long minutes, ZoneId zone) {
        Duration left = Duration.ofMinutes(minutes);
        ZonedDateTime cursor = from.atZone(zone);
        LocalDate day = cursor.toLocalDate();
        while (true) {
            if (days.contains(day.getDayOfWeek())) {
                ZonedDateTime open = day.atTime(start).atZone(zone);
                ZonedDateTime close = day.atTime(end).atZone(zone);
                ZonedDateTime begin = cursor.isAfter(open) ? cursor : open;
                if (begin.isBefore(close)) {
                    Duration available = Duration.between(begin, close);
                    if (available.compareTo(left) >= 0) {
                        return begin.plus(left).toInstant();
                    }
                    left = left.minus(available);
                }
            }
            day = day.plusDays(1);
            cursor = day.atStartOfDay(zone);
        }
    }

    /** ISO day numbers, comma-separated, as stored. */
    String daysColumn() {
        return String.join(",", days.stream().map(day -> Integer.toString(day.getValue())).toList());
    }

    static List<DayOfWeek> daysOf(String column) {
        return java.util.Arrays.stream(column.split(",")).map(day -> DayOfWeek.of(Integer.parseInt(day))).toList();
    }
}
