package io.csplatform.tracking.ingest;

import java.time.Instant;

/** A well-formed usage event, as checked by {@link UsageEventParser}; {@code properties} is JSON text or null. */
public record UsageEvent(String eventId, String customerExternalId, String userId, String event, Instant occurredAt,
                         long quantity, String properties) {
}
