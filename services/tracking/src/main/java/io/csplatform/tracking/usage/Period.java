package io.csplatform.tracking.usage;

import io.csplatform.rest.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** A period of the tenant's days, {@code from} to {@code to} inclusive: the last 30 days by default, at most 366. */
public record Period(LocalDate from, LocalDate to) {

    private static final int MAX_DAYS = 366;

    public static Period of(String from, String to, LocalDate today) {
        LocalDate last = to == null || to.isBlank() ? today : date("to", to);
        LocalDate first = from == null || from.isBlank() ? last.minusDays(29) : date("from", from);
        if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ProblemException.invalidField("from", "must be on or before 'to', at most " + MAX_DAYS + " days before it");
        }
        return new Period(first, last);
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date YYYY-MM-DD");
        }
    }
}
