package io.csplatform.events.payload;

import java.time.Instant;
import java.util.Map;

/**
 * {@code tracking.event}: one use of the customer's product by one of its users ({@code event}: feature or event
 * name), counted once per {@code eventId}; {@code quantity} 1 when absent.
 */
public record TrackingEvent(String eventId, String customerExternalId, String userId, String event, Instant occurredAt,
                            Long quantity, Map<String, Object> properties) {
}
