package io.csplatform.tickets.ticket;

import io.csplatform.tickets.counter.TicketDays;
import io.csplatform.tickets.counter.TicketDays.Counter;
import io.csplatform.tickets.sla.SlaPolicies;
import io.csplatform.tickets.status.StatusList;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What happens when a ticket opens or changes, whoever asked (a user over REST, a helpdesk in bulk or on Kafka), in
 * the caller's transaction: closed semantics and resolution time from the tenant's statuses, SLA deadlines from its
 * policy for the priority, the day counters, a new version and the events.
 */
@ApplicationScoped
public class TicketLifecycle {

    private final SlaPolicies sla;
    private final TicketDays days;
    private final TicketEvents events;
    private final Clock clock;

    public TicketLifecycle(SlaPolicies sla, TicketDays days, TicketEvents events, Clock clock) {
        this.sla = sla;
        this.days = days;
        this.events = events;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Stores a new ticket the caller filled in (its status one of {@code statuses}) → {@code ticket.created}, and
     * {@code ticket.rated} when it arrives rated. A ticket opened closed was resolved at {@code resolvedAt}, else when created.
     */
    public Uni<Ticket> open(Mutiny.Session session, Ticket t, StatusList statuses, Instant resolvedAt) {
        t.closed = statuses.isClosed(t.status);
        t.resolvedAt = t.closed ? (resolvedAt != null ? resolvedAt : t.createdAt) : null;
        t.version = 1;
        t.updatedAt = now();
        return sla.deadlines(session, t.tenantId, t.priority, t.createdAt).invoke(t::apply)
                .chain(() -> session.persist(t)).chain(session::flush)
                .chain(() -> days.count(session, t.tenantId, t.customerId, t.createdAt, Counter.CREATED))
                .chain(() -> t.closed ? days.count(session, t.tenantId, t.customerId, t.resolvedAt, Counter.CLOSED) : done())
                .chain(() -> events.created(session, t))
                .chain(() -> t.rating != null ? events.rated(session, t).replaceWithVoid() : done())
                .replaceWith(t);
    }

    /**
     * Completes a change the caller made to a locked ticket, from state {@code before}, at {@code at}: a new status →
     * {@code ticket.status.changed} (entering a closed one resolves the ticket at {@code resolvedAt} or {@code at},
     * leaving closed reopens it), a new rating or comment → {@code ticket.rated}, a new priority → new deadlines.
     * Answers false when nothing changed.
     */
    public Uni<Boolean> changed(Mutiny.Session session, Ticket t, Ticket.State before, StatusList statuses, Instant at,
                                Instant resolvedAt) {
        if (t.state().equals(before)) {
            return Uni.createFrom().item(false);
        }
        boolean statusChanged = !before.status().equals(t.status);
        boolean wasClosed = t.closed;
        if (statusChanged) {
            t.closed = statuses.isClosed(t.status);
            if (t.closed && !wasClosed) {
                t.resolvedAt = resolvedAt != null ? resolvedAt : at;
            } else if (!t.closed) {
                t.resolvedAt = null;
            }
        }
        boolean rated = t.rating != null
                && (!t.rating.equals(before.rating()) || !Objects.equals(t.ratingComment, before.ratingComment()));
        if (rated && t.ratedAt == null) {
            t.ratedAt = at;
        }
        if (t.rating == null) {
            t.ratedAt = null;
        }
        t.version++;
        t.updatedAt = now();
        Uni<Void> deadlines = before.priority().equals(t.priority) ? done()
                : sla.deadlines(session, t.tenantId, t.priority, t.createdAt).invoke(t::apply).replaceWithVoid();
        return deadlines
                .chain(() -> t.closed && !wasClosed ? days.count(session, t.tenantId, t.customerId, t.resolvedAt, Counter.CLOSED)
                        : done())
                .chain(() -> statusChanged ? events.statusChanged(session, t, before.status(), at).replaceWithVoid() : done())
                .chain(() -> rated ? events.rated(session, t).replaceWithVoid() : done())
                .replaceWith(true);
    }

    private static Uni<Void> done() {
        return Uni.createFrom().voidItem();
    }
}
