package io.csplatform.contracts.amendment;

import io.csplatform.outbox.BatchSweep;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.LocalDate;

/**
 * Applies (or rejects) every SCHEDULED amendment effective on or before a day, each contract's in effective-date
 * order, in skip-locked batches ({@link BatchSweep}); an amendment leaves SCHEDULED in the transaction that applies
 * it, so sweeping a day twice applies it once. Run by {@code ContractExpirySweep}, by each tenant's day.
 */
@ApplicationScoped
public class ScheduledAmendmentSweep {

    private static final int BATCH = 200;
    private static final String DUE = "from Amendment where status = 'SCHEDULED' and effectiveDate <= :today"
            + " order by contractId, effectiveDate, createdAt";
    private static final String TENANT_DUE = "from Amendment where tenantId = :tenant and status = 'SCHEDULED'"
            + " and effectiveDate <= :today order by contractId, effectiveDate, createdAt";

    private final Mutiny.SessionFactory sessions;
    private final AmendmentService amendments;

    public ScheduledAmendmentSweep(Mutiny.SessionFactory sessions, AmendmentService amendments) {
        this.sessions = sessions;
        this.amendments = amendments;
    }

    /** The tenant's amendments due on {@code today} (its day); answers how many it applied or rejected. */
    public Uni<Integer> sweep(String tenant, LocalDate today) {
        return BatchSweep.run(sessions, BATCH,
                session -> session.createSelectionQuery(TENANT_DUE, Amendment.class)
                        .setParameter("tenant", tenant).setParameter("today", today),
                amendments::applyScheduled);
    }

    /** Every tenant's amendments due on {@code today}; answers how many it applied or rejected. */
    public Uni<Integer> sweep(LocalDate today) {
        return BatchSweep.run(sessions, BATCH,
                session -> session.createSelectionQuery(DUE, Amendment.class).setParameter("today", today),
                amendments::applyScheduled);
    }
}
