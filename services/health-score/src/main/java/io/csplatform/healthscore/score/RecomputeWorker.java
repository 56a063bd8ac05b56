package io.csplatform.healthscore.score;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Every {@code health-score.recompute.every} (1 s): the pending customers, oldest first, in batches taken with
 * {@code for update skip locked} (two replicas never score one customer at once), each scored and unmarked in the
 * batch's transaction. A customer the directory does not know yet waits until it does.
 */
@ApplicationScoped
public class RecomputeWorker {

    private static final Logger LOG = Logger.getLogger(RecomputeWorker.class);
    private static final int BATCH = 50;
    private static final String TAKE = """
            select p.tenant_id, cast(p.customer_id as text), p.reason from score_pending p
            where exists (select 1 from customer_ref c where c.tenant_id = p.tenant_id and c.customer_id = p.customer_id)
            order by p.since limit %d for update of p skip locked""".formatted(BATCH);
    private static final String DONE = "delete from score_pending where tenant_id = :tenant and customer_id = :customer";

    private final Mutiny.SessionFactory sessions;
    private final HealthScores scores;

    public RecomputeWorker(Mutiny.SessionFactory sessions, HealthScores scores) {
        this.sessions = sessions;
        this.scores = scores;
    }

    @Scheduled(every = "${health-score.recompute.every:1s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return run()
                .onFailure().invoke(e -> LOG.warn("health score recompute failed; retried at the next tick", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Scores every pending customer; answers how many. */
    public Uni<Integer> run() {
        return batch().chain(done -> done < BATCH ? Uni.createFrom().item(done) : run().map(more -> more + done));
    }

    private Uni<Integer> batch() {
        return sessions.withTransaction(session -> session.createNativeQuery(TAKE, Object[].class).getResultList()
                .chain(rows -> each(session, rows).replaceWith(rows.size())));
    }

    private Uni<Void> each(Mutiny.Session session, List<Object[]> rows) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Object[] row : rows) {
            String tenant = (String) row[0];
            var customer = Rows.uuid(row[1]);
            String reason = (String) row[2];
            chain = chain.chain(() -> scores.recompute(session, tenant, customer, reason, null))
                    .chain(() -> session.createNativeQuery(DONE).setParameter("tenant", tenant)
                            .setParameter("customer", customer).executeUpdate())
                    .replaceWithVoid();
        }
        return chain;
    }
}
