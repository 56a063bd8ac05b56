package io.csplatform.runtime.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.ZoneId;
import java.util.Set;

/**
 * Turns one domain's events into fact changes. Pure: the payload, the event's version (its time in microseconds
 * unless the payload carries its own version) and the tenant's zone (to place instants on the tenant's days).
 */
public interface FactMapper {

    /** The event types this mapper understands. */
    Set<String> types();

    FactChanges map(String type, JsonNode payload, long version, ZoneId zone);

    /** Microseconds since the epoch of an ISO-8601 instant text (a fact's version); 0 when absent. */
    static long micros(JsonNode instant) {
        if (instant == null || !instant.isTextual()) {
            return 0;
        }
        java.time.Instant at = java.time.Instant.parse(instant.asText());
        return at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
    }

    /** The tenant's day of an ISO-8601 instant text; null when absent. */
    static java.time.LocalDate day(JsonNode instant, ZoneId zone) {
        return instant == null || !instant.isTextual() ? null
                : java.time.Instant.parse(instant.asText()).atZone(zone).toLocalDate();
    }
}
