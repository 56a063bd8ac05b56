package io.csplatform.contracts.expiry;

import io.csplatform.contracts.amendment.ScheduledAmendmentSweep;
import io.csplatform.contracts.contract.Contract;
import io.csplatform.contracts.contract.ContractLifecycle;
import io.csplatform.outbox.BatchSweep;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Every {@code contracts.expiry-sweep.every} (60 s), for the clock's current day (UTC; the platform clock, which a test
 * or the demo may move): due scheduled amendments are applied ({@link ScheduledAmendmentSweep}), then every active contract whose
 * end date has passed is renewed (auto-renew) or expired. Contracts are taken in skip-locked batches
 * ({@link BatchSweep}), so several instances can sweep at once without doing a contract twice; ordered by customer,
 * so customer locks are always taken in the same order.
 */
@ApplicationScoped
public class ContractExpirySweep {

    private static final Logger LOG = Logger.getLogger(ContractExpirySweep.class);
    private static final int BATCH = 200;
    private static final String ENDED =
            "from Contract where status = 'active' and endDate < :today order by customerId";

    private final Mutiny.SessionFactory sessions;
    private final ContractLifecycle lifecycle;
    private final ScheduledAmendmentSweep amendments;
    private final Clock clock;

    public ContractExpirySweep(Mutiny.SessionFactory sessions, ContractLifecycle lifecycle,
                               ScheduledAmendmentSweep amendments, Clock clock) {
        this.sessions = sessions;
        this.lifecycle = lifecycle;
        this.amendments = amendments;
        this.clock = clock;
    }

    @Scheduled(every = "${contracts.expiry-sweep.every:60s}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        LocalDate today = LocalDate.now(clock);
        return amendments.sweep(today).chain(() -> sweep(today)).replaceWithVoid()
                .onFailure().invoke(e -> LOG.warn("contract expiry sweep failed; retried at the next tick", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Ends every active contract whose end date is before {@code today}; answers how many it ended. */
    public Uni<Integer> sweep(LocalDate today) {
        return BatchSweep.run(sessions, BATCH,
                session -> session.createSelectionQuery(ENDED, Contract.class).setParameter("today", today),
                (session, contract) -> lifecycle.endOfTerm(session, contract, today));
    }
}
