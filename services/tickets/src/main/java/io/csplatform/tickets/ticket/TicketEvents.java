package io.csplatform.tickets.ticket;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.TicketMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.TicketCreated;
import io.csplatform.events.payload.TicketRated;
import io.csplatform.events.payload.TicketSlaBreached;
import io.csplatform.events.payload.TicketStatusChanged;
import io.csplatform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;

/** What the tickets service publishes, always through the outbox of the caller's transaction. */
@ApplicationScoped
public class TicketEvents {

    private final Outbox outbox;

    public TicketEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<EventHeaders> created(Mutiny.Session session, Ticket t) {
        return outbox.publish(session, Topic.TICKETS_EVENTS, TicketMessages.TICKET_CREATED, t.tenantId, t.customerId,
                new TicketCreated(t.id, t.customerId, t.contactId, t.externalId, t.subject, t.status, t.closed, t.priority,
                        t.channel, t.assigneeId, t.createdAt, t.version));
    }

    public Uni<EventHeaders> statusChanged(Mutiny.Session session, Ticket t, String fromStatus, Instant changedAt) {
        return outbox.publish(session, Topic.TICKETS_EVENTS, TicketMessages.TICKET_STATUS_CHANGED, t.tenantId, t.customerId,
                new TicketStatusChanged(t.id, t.customerId, fromStatus, t.status, t.closed, t.priority, changedAt, t.version));
    }

    public Uni<EventHeaders> rated(Mutiny.Session session, Ticket t) {
        return outbox.publish(session, Topic.TICKETS_EVENTS, TicketMessages.TICKET_RATED, t.tenantId, t.customerId,
                new TicketRated(t.id, t.customerId, t.rating, t.ratingComment, t.status, t.priority, t.ratedAt, t.version));
    }

    public Uni<EventHeaders> slaBreached(Mutiny.Session session, Ticket t, TicketSlaBreached.Metric metric, Instant dueAt,
                                         Instant breachedAt) {
        return outbox.publish(session, Topic.TICKETS_EVENTS, TicketMessages.TICKET_SLA_BREACHED, t.tenantId, t.customerId,
                new TicketSlaBreached(t.id, t.customerId, t.priority, metric, dueAt, breachedAt));
    }
}
