package io.csplatform.finance.charge;

import io.csplatform.outbox.BatchSweep;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Daily: every open charge whose due date has passed becomes overdue, publishing {@code charge.upserted} and
 * {@code charge.overdue}. Only the open → overdue transition publishes, so each charge is reported overdue once;
 * charges are taken in skip-locked batches ({@link BatchSweep}), so concurrent sweeps never take the same charge.
 */
@ApplicationScoped
public class OverdueSweep {

    private static final int BATCH = 200;
    private static final String PAST_DUE =
            "from Charge where status = 'open' and dueDate < :today order by customerId, dueDate";

    private final Mutiny.SessionFactory sessions;
    private final ChargeEvents events;
    private final Clock clock;

    public OverdueSweep(Mutiny.SessionFactory sessions, ChargeEvents events, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "{finance.overdue-sweep.cron:0 15 0 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> daily() {
        return sweep(LocalDate.now(clock)).replaceWithVoid();
    }

    /** Marks every open charge due before {@code today} as overdue; answers how many. */
    public Uni<Integer> sweep(LocalDate today) {
        return BatchSweep.run(sessions, BATCH,
                session -> session.createSelectionQuery(PAST_DUE, Charge.class).setParameter("today", today),
                this::overdue);
    }

    private Uni<Void> overdue(Mutiny.Session session, Charge charge) {
        charge.status = Charge.OVERDUE;
        charge.updatedAt = clock.instant();
        return session.flush()
                .chain(() -> overdueCount(session, charge))
                .chain(count -> events.upserted(session, charge, Charge.OPEN)
                        .chain(cause -> events.overdue(session, cause, charge, count)))
                .replaceWithVoid();
    }

    private static Uni<Integer> overdueCount(Mutiny.Session session, Charge charge) {
        return session.createSelectionQuery(
                        "select count(*) from Charge where tenantId = :tenant and customerId = :customer and status = 'overdue'",
                        Long.class)
                .setParameter("tenant", charge.tenantId).setParameter("customer", charge.customerId)
                .getSingleResult().map(Long::intValue);
    }
}
