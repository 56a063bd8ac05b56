package io.csplatform.finance.charge;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Daily: every open charge whose due date has passed becomes overdue, publishing {@code charge.upserted} and
 * {@code charge.overdue}. Only the open → overdue transition publishes, so each charge is reported overdue once;
 * rows are taken with {@code for update skip locked}, so concurrent sweeps never take the same charge.
 */
@ApplicationScoped
public class OverdueSweep {

    private static final int BATCH = 200;

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
        return batch(today).chain(done -> done < BATCH ? Uni.createFrom().item(done)
                : sweep(today).map(more -> more + done));
    }

    private Uni<Integer> batch(LocalDate today) {
        return sessions.withTransaction(session -> session.createSelectionQuery(
                        "from Charge where status = 'open' and dueDate < :today order by customerId, dueDate", Charge.class)
                .setParameter("today", today)
                .setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                .setMaxResults(BATCH)
                .getResultList()
                .chain(charges -> overdueAll(session, charges).replaceWith(charges.size())));
    }

    private Uni<Void> overdueAll(Mutiny.Session session, List<Charge> charges) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Charge charge : charges) {
            chain = chain.chain(() -> {
                charge.status = Charge.OVERDUE;
                charge.updatedAt = clock.instant();
                return session.flush()
                        .chain(() -> overdueCount(session, charge))
                        .chain(count -> events.upserted(session, charge, Charge.OPEN)
                                .chain(cause -> events.overdue(session, cause, charge, count)))
                        .replaceWithVoid();
            });
        }
        return chain;
    }

    private static Uni<Integer> overdueCount(Mutiny.Session session, Charge charge) {
        return session.createSelectionQuery(
                        "select count(*) from Charge where tenantId = :tenant and customerId = :customer and status = 'overdue'",
                        Long.class)
                .setParameter("tenant", charge.tenantId).setParameter("customer", charge.customerId)
                .getSingleResult().map(Long::intValue);
    }
}
