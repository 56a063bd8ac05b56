package io.csplatform.events.payload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code tracking.day.rolled-up}: a customer's usage on its {@code day}, as ABSOLUTE totals so far (not a delta), newest {@code version} wins. */
public record TrackingDayRolledUp(UUID customerId, LocalDate day, long total, List<Count> counts, long version,
                                  Instant rolledUpAt) {

    /** How many times {@code userId} used {@code feature} on that day. */
    public record Count(String userId, String feature, long count) {
    }
}
