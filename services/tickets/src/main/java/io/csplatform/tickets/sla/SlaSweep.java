package io.csplatform.tickets.sla;

import io.csplatform.events.payload.TicketSlaBreached.Metric;
import io.csplatform.outbox.BatchSweep;
import io.csplatform.tickets.counter.TicketDays;
import io.csplatform.tickets.counter.TicketDays.Counter;
import io.csplatform.tickets.ticket.Ticket;
import io.csplatform.tickets.ticket.TicketEvents;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Every {@code tickets.sla-sweep.every} (60 s): tickets that missed a first-response or resolution deadline get the
 * breach recorded on the ticket (once per ticket and metric), counted on the day, and published as
 * {@code ticket.sla.breached}. Tickets are taken in skip-locked batches ({@link BatchSweep}) and a breach already
 * recorded excludes the ticket, so two replicas never report one breach twice.
 */
@ApplicationScoped
public class SlaSweep {

    private static final Logger LOG = Logger.getLogger(SlaSweep.class);
    private static final int BATCH = 200;
    private static final String MISSED = """
            from Ticket where (firstResponseBreachedAt is null and firstResponseDueAt <= :now
                               and (coalesce(firstResponseAt, resolvedAt) is null
                                    or coalesce(firstResponseAt, resolvedAt) > firstResponseDueAt))
                           or (resolutionBreachedAt is null and resolutionDueAt <= :now
                               and (resolvedAt is null or resolvedAt > resolutionDueAt))
            order by id""";

    private final Mutiny.SessionFactory sessions;
    private final TicketDays days;
    private final TicketEvents events;
    private final Clock clock;

    public SlaSweep(Mutiny.SessionFactory sessions, TicketDays days, TicketEvents events, Clock clock) {
        this.sessions = sessions;
        this.days = days;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(every = "${tickets.sla-sweep.every:60s}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return runAt(clock.instant())
                .onFailure().invoke(e -> LOG.warn("SLA sweep failed; retried at the next tick", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Records and publishes every breach found at {@code now}; answers how many tickets had a new one. */
    public Uni<Integer> runAt(Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        return BatchSweep.run(sessions, BATCH,
                session -> session.createSelectionQuery(MISSED, Ticket.class).setParameter("now", at),
                (session, ticket) -> breach(session, ticket, at));
    }

    private Uni<Void> breach(Mutiny.Session session, Ticket ticket, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Metric metric : ticket.missedDeadlines(now)) {
            Instant due;
            if (metric == Metric.FIRST_RESPONSE) {
                due = ticket.firstResponseDueAt;
                ticket.firstResponseBreachedAt = now;
            } else {
                due = ticket.resolutionDueAt;
                ticket.resolutionBreachedAt = now;
            }
            chain = chain.chain(() -> days.count(session, ticket.tenantId, ticket.customerId, now, Counter.SLA_BREACHED))
                    .chain(() -> events.slaBreached(session, ticket, metric, due, now)).replaceWithVoid();
        }
        return chain.chain(session::flush);
    }
}
