package io.csplatform.contracts.expiry;

import io.csplatform.contracts.amendment.ScheduledAmendmentSweep;
import io.csplatform.contracts.contract.Contract;
import io.csplatform.contracts.contract.ContractLifecycle;
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

/**
 * Every {@code contracts.expiry-sweep.every} (60 s), for each tenant's current day in the tenant's time zone (by the
 * platform clock, which a test may move; {@link TenantDays}): due scheduled amendments are applied
 * ({@link ScheduledAmendmentSweep}), then every active contract whose end date has passed is renewed (auto-renew) or
 * expired. A contract ending on the 9th is still active at 22:00 of the 9th in São Paulo, when it is already the 10th
 * in UTC. Contracts are taken in skip-locked batches
 * ({@link BatchSweep}), so several instances can sweep at once without doing a contract twice; ordered by customer,
 * so customer locks are always taken in the same order.
 */
@ApplicationScoped
public class ContractExpirySweep {

    private static final Logger LOG = Logger.getLogger(ContractExpirySweep.class);
    private static final int BATCH = 200;
    private static final String ENDED =
            "from Contract where status = 'active' and endDate < :today order by customerId";
    private static final String TENANT_ENDED = "from Contract where tenantId = :tenant and status = 'active'"
            + " and endDate < :today order by customerId";
    /** Tenants that may have a contract ended or an amendment due (see {@link TenantDays#at}). */
    private static final String CANDIDATE_TENANTS = "select tenantId from Contract where status = 'active'"
            + " and endDate < :latest union select tenantId from Amendment where status = 'SCHEDULED'"
            + " and effectiveDate <= :latest";

    private final Mutiny.SessionFactory sessions;
    private final ContractLifecycle lifecycle;
    private final ScheduledAmendmentSweep amendments;
    private final TenantDays days;
    private final Clock clock;

    public ContractExpirySweep(Mutiny.SessionFactory sessions, ContractLifecycle lifecycle,
                               ScheduledAmendmentSweep amendments, TenantDays days, Clock clock) {
        this.sessions = sessions;
        this.lifecycle = lifecycle;
        this.amendments = amendments;
        this.days = days;
        this.clock = clock;
    }

    @Scheduled(every = "${contracts.expiry-sweep.every:60s}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return runAt(clock.instant()).replaceWithVoid()
                .onFailure().invoke(e -> LOG.warn("contract expiry sweep failed; retried at the next tick", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /**
     * For each tenant with work, at its day at {@code now}: applies its due scheduled amendments, then ends its
     * contracts whose end date has passed; answers how many contracts it ended.
     */
    public Uni<Integer> runAt(Instant now) {
        return sessions.withSession(session -> days.at(session, CANDIDATE_TENANTS, now))
                .chain(tenantDays -> Multi.createFrom().iterable(tenantDays)
                        .onItem().transformToUniAndConcatenate(day -> amendments.sweep(day.tenant(), day.today())
                                .chain(() -> sweep(day.tenant(), day.today())))
                        .collect().asList())
                .map(ended -> ended.stream().mapToInt(Integer::intValue).sum());
    }

    /** Ends every active contract of {@code tenant} whose end date is before {@code today}; answers how many. */
    public Uni<Integer> sweep(String tenant, LocalDate today) {
        return BatchSweep.run(sessions, BATCH,
                session -> session.createSelectionQuery(TENANT_ENDED, Contract.class)
                        .setParameter("tenant", tenant).setParameter("today", today),
                (session, contract) -> lifecycle.endOfTerm(session, contract, today));
    }

    /** Ends every active contract, whatever its tenant, whose end date is before {@code today}; answers how many. */
    public Uni<Integer> sweep(LocalDate today) {
        return BatchSweep.run(sessions, BATCH,
                session -> session.createSelectionQuery(ENDED, Contract.class).setParameter("today", today),
                (session, contract) -> lifecycle.endOfTerm(session, contract, today));
    }
}
