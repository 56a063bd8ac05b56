package io.csplatform.runtime.evaluations;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Duration;

/** Drops evaluations (and held trigger events of customers never seen) older than {@code runtime.evaluations.retention-days} (30 by default), a batch at a time. */
@ApplicationScoped
public class EvaluationPurgeSweep {

    private static final String PURGE = """
            delete from evaluation where id in (select id from evaluation where evaluated_at < :before limit 5000)""";

    private final Mutiny.SessionFactory sessions;
    private final Clock clock;
    private final int retentionDays;

    public EvaluationPurgeSweep(Mutiny.SessionFactory sessions, Clock clock,
                                @ConfigProperty(name = "runtime.evaluations.retention-days", defaultValue = "30") int retentionDays) {
        this.sessions = sessions;
        this.clock = clock;
        this.retentionDays = retentionDays;
    }

    private static final String PURGE_PENDING = "delete from pending_trigger where received_at < :before";

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return purge().chain(this::purgePending).replaceWithVoid();
    }

    /** Trigger events held for a customer that never arrived are dropped after the same retention. */
    public Uni<Integer> purgePending() {
        return sessions.withTransaction(session -> session.createNativeQuery(PURGE_PENDING)
                .setParameter("before", clock.instant().minus(Duration.ofDays(retentionDays))).executeUpdate());
    }

    /** Deletes what is past retention; answers how many evaluations went. */
    public Uni<Integer> purge() {
        return sessions.withTransaction(session -> session.createNativeQuery(PURGE)
                        .setParameter("before", clock.instant().minus(Duration.ofDays(retentionDays))).executeUpdate())
                .chain(deleted -> deleted < 5000 ? Uni.createFrom().item(deleted) : purge().map(more -> deleted + more));
    }
}
