package io.csplatform.healthscore.score;

import io.csplatform.rest.Paging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Column values of native query rows, whatever type the reactive client hands over. */
public final class Rows {

    private Rows() {
    }

    public static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    public static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate day ? day : LocalDate.parse(value.toString());
    }

    public static Instant instant(Object value) {
        return value == null ? null : Paging.instant(value);
    }

    public static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }
}
