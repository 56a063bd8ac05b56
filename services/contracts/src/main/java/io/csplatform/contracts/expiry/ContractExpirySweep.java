package io.csplatform.contracts.expiry;

import io.csplatform.contracts.contract.Contract;
import io.csplatform.contracts.contract.ContractLifecycle;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Daily: every active contract whose end date has passed is renewed (auto-renew) or expired. Rows are taken in
 * batches with {@code for update skip locked}, so several instances can sweep at once without doing a contract twice;
 * ordered by customer, so customer locks are always taken in the same order.
 */
@ApplicationScoped
public class ContractExpirySweep {

    private static final int BATCH = 200;

    private final Mutiny.SessionFactory sessions;
    private final ContractLifecycle lifecycle;
    private final Clock clock;

    public ContractExpirySweep(Mutiny.SessionFactory sessions, ContractLifecycle lifecycle, Clock clock) {
        this.sessions = sessions;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Scheduled(cron = "{contracts.expiry-sweep.cron:0 10 0 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> daily() {
        return sweep(LocalDate.now(clock)).replaceWithVoid();
    }

    /** Ends every active contract whose end date is before {@code today}; answers how many it ended. */
    public Uni<Integer> sweep(LocalDate today) {
        return batch(today).chain(done -> done < BATCH ? Uni.createFrom().item(done)
                : sweep(today).map(more -> more + done));
    }

    private Uni<Integer> batch(LocalDate today) {
        return sessions.withTransaction(session -> session.createSelectionQuery(
                        "from Contract where status = 'active' and endDate < :today order by customerId", Contract.class)
                .setParameter("today", today)
                .setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                .setMaxResults(BATCH)
                .getResultList()
                .chain(contracts -> endAll(session, contracts, today).replaceWith(contracts.size())));
    }

    private Uni<Void> endAll(Mutiny.Session session, List<Contract> contracts, LocalDate today) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Contract contract : contracts) {
            chain = chain.chain(() -> lifecycle.endOfTerm(session, contract, today));
        }
        return chain;
    }
}
