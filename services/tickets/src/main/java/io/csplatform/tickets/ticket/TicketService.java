package io.csplatform.tickets.ticket;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.outbox.UniqueViolation;
import io.csplatform.rest.ProblemException;
import io.csplatform.tickets.status.StatusList;
import io.csplatform.tickets.status.TicketStatuses;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.UUID;
import java.util.function.BiConsumer;

/** A user's ticket requests: open, change (merge patch), rate, delete; each in one transaction with its events. */
@ApplicationScoped
public class TicketService {

    private final Mutiny.SessionFactory sessions;
    private final CustomerDirectory customers;
    private final TicketStatuses statuses;
    private final TicketLifecycle lifecycle;

    public TicketService(Mutiny.SessionFactory sessions, CustomerDirectory customers, TicketStatuses statuses,
                         TicketLifecycle lifecycle) {
        this.sessions = sessions;
        this.customers = customers;
        this.statuses = statuses;
        this.lifecycle = lifecycle;
    }

    public Uni<TicketView> create(String tenantId, TicketRequests.Create request) {
        Ticket ticket = new Ticket();
        ticket.id = UUID.randomUUID();
        ticket.tenantId = tenantId;
        ticket.customerId = request.customerId();
        ticket.contactId = request.contactId();
        ticket.externalId = request.externalId();
        ticket.subject = request.subject();
        ticket.priority = request.priority() == null ? Priorities.NORMAL : request.priority();
        ticket.channel = request.channel();
        ticket.assigneeId = request.assigneeId();
        ticket.createdAt = lifecycle.now();
        return sessions.withTransaction(session -> customers.exists(session, tenantId, request.customerId())
                        .invoke(known -> {
                            if (!known) {
                                throw ProblemException.invalidField("customerId", "unknown customer " + request.customerId());
                            }
                        })
                        .chain(() -> statuses.of(session, tenantId))
                        .chain(list -> {
                            ticket.status = request.status() == null ? list.initial() : request.status();
                            if (!list.has(ticket.status)) {
                                throw ProblemException.invalidField("status", "must be one of the tenant's statuses " + list.names());
                            }
                            return lifecycle.open(session, ticket, list, null);
                        }))
                .onFailure(UniqueViolation.of("ticket_external_id")).transform(e -> ProblemException.conflict(
                        "duplicate-external-id", "a ticket with externalId '" + ticket.externalId + "' already exists"))
                .map(TicketView::of);
    }

    /** Applies a merge patch; null when the tenant has no such ticket. */
    public Uni<TicketView> patch(String tenantId, UUID id, ObjectNode patch) {
        return change(tenantId, id, (ticket, list) -> TicketPatch.apply(ticket, patch, list));
    }

    /** Records the customer's rating (again: replaces it); null when the tenant has no such ticket. */
    public Uni<TicketView> rate(String tenantId, UUID id, TicketRequests.Rate rating) {
        return change(tenantId, id, (ticket, list) -> {
            Ticket.State before = ticket.state();
            ticket.rating = rating.rating();
            ticket.ratingComment = rating.comment();
            if (!ticket.state().equals(before)) {
                ticket.ratedAt = lifecycle.now();
            }
        });
    }

    /** Deletes the ticket (no event: its facts stay history); false when the tenant has no such ticket. */
    public Uni<Boolean> delete(String tenantId, UUID id) {
        return sessions.withTransaction(session -> session.createMutationQuery(
                                "delete from Ticket where tenantId = :tenant and id = :id")
                        .setParameter("tenant", tenantId).setParameter("id", id).executeUpdate())
                .map(deleted -> deleted > 0);
    }

    private Uni<TicketView> change(String tenantId, UUID id, BiConsumer<Ticket, StatusList> change) {
        return sessions.withTransaction(session -> TicketQueries.load(session, tenantId, id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNotNull().transformToUni(ticket -> statuses.of(session, tenantId).chain(list -> {
                    Ticket.State before = ticket.state();
                    change.accept(ticket, list);
                    return lifecycle.changed(session, ticket, before, list, lifecycle.now(), null)
                            .replaceWith(() -> TicketView.of(ticket));
                })));
    }
}
