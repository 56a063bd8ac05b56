package io.csplatform.surveys.report;

import io.csplatform.rest.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** An inclusive range of the tenant's days, and the instants it spans in the tenant's zone. */
record Period(LocalDate from, LocalDate to, ZoneId zone) {

    /** Default length of a report's period when {@code from} is omitted: a year up to {@code to}. */
    static final int DEFAULT_DAYS = 365;

    /** {@code ?from=&to=} as the client wrote them (YYYY-MM-DD); {@code to} defaults to today, {@code from} a year back. */
    static Period of(String from, String to, ZoneId zone, Clock clock) {
        LocalDate end = to == null || to.isBlank() ? LocalDate.now(clock.withZone(zone)) : date("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusDays(DEFAULT_DAYS - 1L) : date("from", from);
        if (start.isAfter(end)) {
            throw ProblemException.invalidField("from", "must not be after to (" + end + ")");
        }
        return new Period(start, end, zone);
    }

    /** The last {@code days} days up to today, as the playbook conditions count them. */
    static Period lastDays(int days, ZoneId zone, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return new Period(today.minusDays(days - 1L), today, zone);
    }

    Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date YYYY-MM-DD");
        }
    }
}
