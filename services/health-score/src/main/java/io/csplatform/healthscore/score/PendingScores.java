package io.csplatform.healthscore.score;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.UUID;

/**
 * Customers whose score is to be recomputed ({@code score_pending}): an input that changed marks its customer in the
 * transaction that applied it; however many marks arrive before the {@link RecomputeWorker} takes the row, the customer
 * is scored once. The reason names what changed, the latest marks first (at most 200 characters).
 */
@ApplicationScoped
public class PendingScores {

    private static final String MARK = """
            insert into score_pending (tenant_id, customer_id, since, reason) values (:tenant, :customer, :at, :reason)
            on conflict (tenant_id, customer_id) do update set reason = left(
              case when position(excluded.reason in score_pending.reason) > 0 then score_pending.reason
                   else excluded.reason || ', ' || score_pending.reason end, 200)""";
    private static final String MARK_TENANT = """
            insert into score_pending (tenant_id, customer_id, since, reason)
            select tenant_id, customer_id, :at, :reason from customer_ref where tenant_id = :tenant
            on conflict (tenant_id, customer_id) do nothing""";

    private final Clock clock;

    public PendingScores(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> mark(Mutiny.Session session, String tenant, UUID customer, String reason) {
        return session.createNativeQuery(MARK).setParameter("tenant", tenant).setParameter("customer", customer)
                .setParameter("at", clock.instant()).setParameter("reason", reason)
                .executeUpdate().replaceWithVoid();
    }

    /** Every customer of the tenant (a new model, the daily recompute); answers how many were marked. */
    public Uni<Integer> markTenant(Mutiny.Session session, String tenant, String reason) {
        return session.createNativeQuery(MARK_TENANT).setParameter("tenant", tenant)
                .setParameter("at", clock.instant()).setParameter("reason", reason).executeUpdate();
    }
}
