package io.csplatform.tickets.helpdesk;

import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.events.payload.HelpdeskTicket;
import io.csplatform.ingest.Applied;
import io.csplatform.tickets.status.StatusList;
import io.csplatform.tickets.status.TicketStatuses;
import io.csplatform.tickets.ticket.Priorities;
import io.csplatform.tickets.ticket.Ticket;
import io.csplatform.tickets.ticket.TicketLifecycle;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * Applies the helpdesk's view of a ticket (from the bulk endpoint and from Kafka alike) in the caller's transaction,
 * through the same {@link TicketLifecycle} as the REST API: upserted by external id, ordered by the helpdesk's
 * version (an older one is ignored, the same one changes nothing). Rejected: an unknown customer (may apply later),
 * a status the tenant does not have, a ticket of another customer.
 */
@ApplicationScoped
public class HelpdeskTickets {

    private final CustomerDirectory customers;
    private final TicketStatuses statuses;
    private final TicketLifecycle lifecycle;

    public HelpdeskTickets(CustomerDirectory customers, TicketStatuses statuses, TicketLifecycle lifecycle) {
        this.customers = customers;
        this.statuses = statuses;
        this.lifecycle = lifecycle;
    }

    public Uni<Applied> apply(Mutiny.Session session, String tenantId, HelpdeskTicket message) {
        return customers.byExternalId(session, tenantId, message.customerExternalId()).chain(customerId -> {
            if (customerId == null) {
                return Uni.createFrom().item(Applied.unknownCustomer(message.customerExternalId()));
            }
            return statuses.of(session, tenantId).chain(list -> {
                if (!list.has(message.status())) {
                    return Uni.createFrom().item(Applied.rejected("unknown status '" + message.status()
                            + "'; the tenant's statuses are " + list.names()));
                }
                return byExternalId(session, tenantId, message.externalId())
                        .chain(existing -> existing == null ? create(session, tenantId, customerId, message, list)
                                : update(session, existing, customerId, message, list));
            });
        });
    }

    private Uni<Applied> create(Mutiny.Session session, String tenantId, UUID customerId, HelpdeskTicket message,
                                StatusList list) {
        Ticket ticket = new Ticket();
        ticket.id = UUID.randomUUID();
        ticket.tenantId = tenantId;
        ticket.customerId = customerId;
        ticket.externalId = message.externalId();
        ticket.createdAt = micros(message.createdAt());
        copy(message, ticket, ticket.createdAt);
        return lifecycle.open(session, ticket, list, micros(message.resolvedAt())).map(created -> Applied.created(created.id));
    }

    private Uni<Applied> update(Mutiny.Session session, Ticket ticket, UUID customerId, HelpdeskTicket message,
                                StatusList list) {
        if (!ticket.customerId.equals(customerId)) {
            return Uni.createFrom().item(Applied.rejected("ticket '" + message.externalId() + "' belongs to another customer"));
        }
        long applied = ticket.helpdeskVersion == null ? -1 : ticket.helpdeskVersion;
        if (message.version() < applied) {
            return Uni.createFrom().item(new Applied(Applied.Outcome.UNCHANGED, ticket.id, "ignored: version "
                    + message.version() + " is older than the applied version " + applied, false));
        }
        if (message.version() == applied) {
            return Uni.createFrom().item(Applied.unchanged(ticket.id));
        }
        Ticket.State before = ticket.state();
        Instant at = message.updatedAt() != null ? micros(message.updatedAt()) : lifecycle.now();
        copy(message, ticket, at);
        return lifecycle.changed(session, ticket, before, list, at, micros(message.resolvedAt()))
                .map(changed -> changed ? Applied.updated(ticket.id) : Applied.unchanged(ticket.id));
    }

    /** The helpdesk's view replaces the ticket's fields; a new rating without its time is rated at {@code at}. */
    private static void copy(HelpdeskTicket message, Ticket ticket, Instant at) {
        boolean newRating = message.rating() != null && (!message.rating().equals(ticket.rating)
                || !Objects.equals(message.ratingComment(), ticket.ratingComment));
        ticket.subject = message.subject();
        ticket.status = message.status();
        ticket.priority = message.priority() == null ? Priorities.NORMAL : message.priority();
        ticket.channel = message.channel();
        ticket.contactId = message.contactId();
        ticket.assigneeId = message.assigneeId();
        ticket.firstResponseAt = micros(message.firstResponseAt());
        ticket.rating = message.rating();
        ticket.ratingComment = message.ratingComment();
        if (message.ratedAt() != null) {
            ticket.ratedAt = micros(message.ratedAt());
        } else if (newRating) {
            ticket.ratedAt = at;
        }
        ticket.helpdeskVersion = message.version();
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static Uni<Ticket> byExternalId(Mutiny.Session session, String tenantId, String externalId) {
        return session.createSelectionQuery("from Ticket where tenantId = :tenant and externalId = :externalId", Ticket.class)
                .setParameter("tenant", tenantId).setParameter("externalId", externalId)
                .setLockMode(LockMode.PESSIMISTIC_WRITE)
                .getSingleResultOrNull();
    }
}
