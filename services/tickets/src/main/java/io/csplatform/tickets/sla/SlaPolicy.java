package io.csplatform.tickets.sla;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A tenant's SLA for one priority: minutes to the first response and to the resolution (either may be null: no
 * target), counted around the clock or, with {@code businessHours}, only in business hours of the tenant's zone.
 */
public record SlaPolicy(String priority, Integer firstResponseMinutes, Integer resolutionMinutes,
                        BusinessHours businessHours) {

    /** The deadlines of a ticket created at {@code createdAt}. */
    public Deadlines deadlines(Instant createdAt, ZoneId zone) {
        return new Deadlines(due(createdAt, firstResponseMinutes, zone), due(createdAt, resolutionMinutes, zone));
    }

    private Instant due(Instant from, Integer minutes, ZoneId zone) {
        if (minutes == null) {
            return null;
        }
        return businessHours == null ? from.plusSeconds(60L * minutes) : businessHours.plus(from, minutes, zone);
    }
}
