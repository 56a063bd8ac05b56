package io.csplatform.outbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Keeps the outbox, inbox and idempotency-key tables of the service's schema from growing forever, without slowing
 * the writers: rows past their retention go in batches ({@code cs.retention.batch}, one short transaction each), taken
 * oldest first by their time index with {@code for update skip locked}, so a writer never waits for the sweep (new rows
 * are never among the taken ones) and several instances sweep side by side.
 * <ul>
 * <li>outbox ({@code cs.retention.outbox}, default 1 hour): the relay (Debezium) reads the inserts from the WAL, not
 * from the table; a row is kept an hour only to look at. Deleting it publishes nothing (the outbox router skips
 * deletes, {@code tombstones.on.delete=false}).</li>
 * <li>inbox ({@code cs.retention.inbox}, default 14 days): longer than a message can be redelivered (Kafka keeps 7
 * days), so a duplicate is still recognised.</li>
 * <li>idempotency keys ({@code cs.retention.idempotency-keys}, default 1 day): a retry after that is a new request.</li>
 * </ul>
 */
@ApplicationScoped
public class RetentionSweep {

    static final String OUTBOX = """
            delete from outbox where id in (
              select id from outbox where created_at < :before order by created_at limit :batch for update skip locked)""";
    static final String INBOX = """
            delete from inbox where (event_id, consumer) in (
              select event_id, consumer from inbox where processed_at < :before order by processed_at limit :batch
              for update skip locked)""";
    static final String IDEMPOTENCY_KEYS = """
            delete from idempotency_key where (tenant_id, idempotency_key) in (
              select tenant_id, idempotency_key from idempotency_key where created_at < :before order by created_at
              limit :batch for update skip locked)""";

    /** How many rows of each table a sweep removed. */
    public record Removed(int outbox, int inbox, int idempotencyKeys) {
    }

    private final Mutiny.SessionFactory sessions;
    private final Clock clock;
    private final Duration outbox;
    private final Duration inbox;
    private final Duration idempotencyKeys;
    private final int batch;

    public RetentionSweep(Mutiny.SessionFactory sessions, Clock clock,
                          @ConfigProperty(name = "cs.retention.outbox", defaultValue = "PT1H") Duration outbox,
                          @ConfigProperty(name = "cs.retention.inbox", defaultValue = "P14D") Duration inbox,
                          @ConfigProperty(name = "cs.retention.idempotency-keys", defaultValue = "P1D")
                          Duration idempotencyKeys,
                          @ConfigProperty(name = "cs.retention.batch", defaultValue = "5000") int batch) {
        this.sessions = sessions;
        this.clock = clock;
        this.outbox = outbox;
        this.inbox = inbox;
        this.idempotencyKeys = idempotencyKeys;
        this.batch = batch;
    }

    @Scheduled(every = "{cs.retention.every:10m}", delayed = "{cs.retention.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return sweep(clock.instant()).replaceWithVoid();
    }

    /** Removes, as of {@code now}, every row past its retention; answers how many of each table. */
    public Uni<Removed> sweep(Instant now) {
        return drain(OUTBOX, now.minus(outbox))
                .chain(outboxRows -> drain(INBOX, now.minus(inbox))
                        .chain(inboxRows -> drain(IDEMPOTENCY_KEYS, now.minus(idempotencyKeys))
                                .map(keys -> new Removed(outboxRows, inboxRows, keys))));
    }

    private Uni<Integer> drain(String delete, Instant before) {
        return sessions.withTransaction(session -> session.createNativeQuery(delete)
                        .setParameter("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
                        .setParameter("batch", batch)
                        .executeUpdate())
                .chain(removed -> removed < batch ? Uni.createFrom().item(removed)
                        : drain(delete, before).map(more -> more + removed));
    }
}
