package io.csplatform.runtime.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Everything an evaluation may look at: the triggering event (a synthetic one for scheduled triggers), the
 * customer's facts, the moment of evaluation and the tenant's time zone. Nothing else: conditions stay pure.
 */
public record Context(TriggerEvent event, Facts facts, Instant now, ZoneId zone, UUID playbookId) {

    /** Today in the tenant's time zone. */
    public LocalDate today() {
        return now.atZone(zone).toLocalDate();
    }

    /** The last {@code days} days, today included: [today - days + 1, today]. */
    public Period lastDays(int days) {
        LocalDate today = today();
        return new Period(today.minusDays(days - 1L), today);
    }

    /** An inclusive range of the tenant's days. */
    public record Period(LocalDate from, LocalDate to) {

        /** The period of the same length just before this one. */
        public Period previous() {
            long length = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
            return new Period(from.minusDays(length), from.minusDays(1));
        }

        @Override
        public String toString() {
            return from + ".." + to;
        }
    }
}
