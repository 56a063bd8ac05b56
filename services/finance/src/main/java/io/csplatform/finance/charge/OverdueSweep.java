package io.csplatform.finance.charge;

import io.csplatform.outbox.BatchSweep;
import io.csplatform.tenantsettings.TenantDays;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every open charge whose due date has passed in its tenant's time zone becomes overdue, publishing
 * {@code charge.upserted} and {@code charge.overdue}. Ticks every {@code finance.overdue-sweep.every} (60 s) and asks the
 * clock which day it is for each tenant, so the first tick of a tenant's new day (or after the platform's clock was
 * moved, see {@code PlatformTime}) does the day's work; only the open → overdue transition publishes, so ticking again
 * is a no-op and each charge is reported overdue once. Charges are taken in skip-locked batches ({@link BatchSweep}),
 * so concurrent sweeps never take the same charge.
 */
@ApplicationScoped
public class OverdueSweep {

    private static final Logger LOG = Logger.getLogger(OverdueSweep.class);
    private static final int BATCH = 200;
    private static final String PAST_DUE =
            "from Charge where status = 'open' and dueDate < :today order by customerId, dueDate";
    private static final String TENANT_PAST_DUE = "from Charge where tenantId = :tenant and status = 'open'"
            + " and dueDate < :today order by customerId, dueDate";
    /** Tenants that may have a charge past due: due before the latest "today" anywhere on Earth (UTC+18). */
    private static final String CANDIDATE_TENANTS =
            "select distinct tenantId from Charge where status = 'open' and dueDate < :latest";

    private final Mutiny.SessionFactory sessions;
    private final ChargeEvents events;
    private final TenantDays days;
    private final Clock clock;

    public OverdueSweep(Mutiny.SessionFactory sessions, ChargeEvents events, TenantDays days, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.days = days;
        this.clock = clock;
    }

    @Scheduled(every = "${finance.overdue-sweep.every:60s}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return runAt(clock.instant()).replaceWithVoid()
                .onFailure().invoke(e -> LOG.warn("overdue sweep failed; retried at the next tick", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Marks overdue every open charge due before its tenant's day at {@code now}; answers how many. */
    public Uni<Integer> runAt(Instant now) {
        return sessions.withSession(session -> days.at(session, CANDIDATE_TENANTS, now))
                .chain(tenantDays -> Multi.createFrom().iterable(tenantDays)
                        .onItem().transformToUniAndConcatenate(day -> sweep(day.tenant(), day.today()))
                        .collect().asList())
                .map(OverdueSweep::sum);
    }

    /** Marks every open charge of {@code tenant} due before {@code today} as overdue; answers how many. */
    public Uni<Integer> sweep(String tenant, LocalDate today) {
        return BatchSweep.run(sessions, BATCH,
                session -> session.createSelectionQuery(TENANT_PAST_DUE, Charge.class)
                        .setParameter("tenant", tenant).setParameter("today", today),
                this::overdue);
    }

    /** Marks every open charge due before {@code today}, whatever its tenant, as overdue; answers how many. */
    public Uni<Integer> sweep(LocalDate today) {
        return BatchSweep.run(sessions, BATCH,
                session -> session.createSelectionQuery(PAST_DUE, Charge.class).setParameter("today", today),
                this::overdue);
    }

    private static int sum(List<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).sum();
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
