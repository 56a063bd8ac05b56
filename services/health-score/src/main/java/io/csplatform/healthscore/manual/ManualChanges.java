package io.csplatform.healthscore.manual;

import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.events.EventHeaders;
import io.csplatform.healthscore.score.HealthScores;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Applies a manual change (REST or {@code healthscore.set}) in the caller's transaction: the change is recorded with its
 * reason and author and the customer is scored at once, so the new score, its history row and
 * {@code healthscore.changed} (reason: the change's) commit with it. Null item: the customer is unknown.
 */
@ApplicationScoped
public class ManualChanges {

    private static final String INSERT = """
            insert into manual_adjustment (id, tenant_id, customer_id, value, delta, reason, author, created_at)
            values (:id, :tenant, :customer, :value, :delta, :reason, :author, :at)""";

    private final CustomerDirectory directory;
    private final HealthScores scores;
    private final Clock clock;

    public ManualChanges(CustomerDirectory directory, HealthScores scores, Clock clock) {
        this.directory = directory;
        this.scores = scores;
        this.clock = clock;
    }

    /** {@code change} was checked by the caller. */
    public Uni<HealthScores.Scored> apply(Mutiny.Session session, String tenant, UUID customer, ManualChange change,
                                          String author, EventHeaders cause) {
        return directory.lock(session, tenant, customer)
                .onItem().ifNotNull().transformToUni(known -> session.createNativeQuery(INSERT)
                        .setParameter("id", UUID.randomUUID()).setParameter("tenant", tenant)
                        .setParameter("customer", customer).setParameter("value", change.value())
                        .setParameter("delta", change.delta()).setParameter("reason", change.reason().trim())
                        .setParameter("author", author)
                        .setParameter("at", clock.instant().truncatedTo(ChronoUnit.MICROS))
                        .executeUpdate()
                        .chain(() -> scores.recompute(session, tenant, customer, change.reason().trim(), cause)));
    }
}
