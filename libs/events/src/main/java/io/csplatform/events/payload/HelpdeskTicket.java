package io.csplatform.events.payload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code helpdesk.ticket}: the helpdesk's current view of a ticket, upserted by {@code externalId}, ordered by
 * {@code version}; {@code status} is one of the tenant's ticket statuses.
 */
public record HelpdeskTicket(String customerExternalId, String externalId, long version, String subject, String status,
                             String priority, String channel, UUID contactId, String assigneeId, Instant createdAt,
                             Instant updatedAt, Instant firstResponseAt, Instant resolvedAt, Integer rating,
                             String ratingComment, Instant ratedAt) {
}
