package io.csplatform.tickets.ticket;

import java.time.Instant;
import java.util.UUID;

/** A ticket as the API shows it. */
public record TicketView(UUID id, UUID customerId, UUID contactId, String externalId, String subject, String status,
                         boolean closed, String priority, String channel, String assigneeId, Integer rating,
                         String ratingComment, Instant ratedAt, Instant createdAt, Instant firstResponseAt,
                         Instant resolvedAt, Sla sla, long version, Instant updatedAt) {

    /** Deadlines from the ticket's SLA policy (null: no target) and when the sweep found each missed. */
    public record Sla(Instant firstResponseDueAt, Instant firstResponseBreachedAt, Instant resolutionDueAt,
                      Instant resolutionBreachedAt) {
    }

    public static TicketView of(Ticket t) {
        return new TicketView(t.id, t.customerId, t.contactId, t.externalId, t.subject, t.status, t.closed, t.priority,
                t.channel, t.assigneeId, t.rating, t.ratingComment, t.ratedAt, t.createdAt, t.firstResponseAt, t.resolvedAt,
                new Sla(t.firstResponseDueAt, t.firstResponseBreachedAt, t.resolutionDueAt, t.resolutionBreachedAt),
                t.version, t.updatedAt);
    }
}
