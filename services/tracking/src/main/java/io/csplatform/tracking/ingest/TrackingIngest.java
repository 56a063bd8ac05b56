package io.csplatform.tracking.ingest;

import io.csplatform.outbox.PlatformMeters;
import io.csplatform.tracking.TrackingConfig;
import io.csplatform.tracking.rollup.RawPartitions;
import io.csplatform.tracking.ingest.UsageWriter.Row;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies batches of well-formed usage events of one tenant, from REST and Kafka alike: resolves each event's customer
 * by external id (unknown: refused), checks its time against the accepted window (not older than the raw retention,
 * at most a day ahead), computes its day in the tenant's zone and writes the batch with {@link UsageWriter} in the
 * caller's transaction. A deadlock or serialization failure retries the whole transaction; so does an event whose
 * day has no raw partition (the clock moved, e.g. {@code PUT /api/v1/admin/clock}, or the maintenance tick has not
 * run yet), once {@link RawPartitions#maintain()} has created the partitions of the window as of now.
 */
@ApplicationScoped
public class TrackingIngest {

    /** What became of a tenant's batch: events new to the service, duplicates, and the refused ones by batch index. */
    public record Outcome(int accepted, int duplicates, List<ItemError> rejected) {
    }

    private static final Logger LOG = Logger.getLogger(TrackingIngest.class);
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Sao_Paulo");

    private final Pool pool;
    private final TrackingConfig config;
    private final Clock clock;
    private final RawPartitions partitions;

    public TrackingIngest(Pool pool, TrackingConfig config, Clock clock, RawPartitions partitions) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
        this.partitions = partitions;
    }

    /**
     * Runs {@code work} in one transaction, again from the start after a deadlock, a serialization failure or a
     * missing raw partition (created first; two writers creating it at once: the loser's failure is ignored).
     */
    public <T> Uni<T> inTransaction(java.util.function.Function<SqlConnection, Uni<T>> work) {
        return Uni.createFrom().deferred(() -> pool.withTransaction(work))
                .onFailure(TrackingIngest::missingPartition).call(() -> partitions.maintain()
                        .onFailure().invoke(e -> LOG.warn("raw-event partitions: creating the missing ones failed", e))
                        .onFailure().recoverWithNull())
                .onFailure(failure -> retryable(failure) || missingPartition(failure)).retry()
                .withBackOff(Duration.ofMillis(20), Duration.ofMillis(500)).atMost(5);
    }

    /** Applies {@code events} (indexes are their positions in the caller's batch) of {@code tenantId}. */
    public Uni<Outcome> apply(SqlConnection connection, String tenantId, List<UsageEvent> events) {
        return applyAll(connection, tenantId, events).invoke(outcome -> {
            PlatformMeters.ingested("tracking", "accepted", outcome.accepted());
            PlatformMeters.ingested("tracking", "duplicate", outcome.duplicates());
            PlatformMeters.ingested("tracking", "rejected", outcome.rejected().size());
        });
    }

    private Uni<Outcome> applyAll(SqlConnection connection, String tenantId, List<UsageEvent> events) {
        Set<String> externalIds = new HashSet<>();
        events.forEach(event -> externalIds.add(event.customerExternalId()));
        return zone(connection, tenantId).chain(zone -> customers(connection, tenantId, externalIds).chain(customers -> {
            List<ItemError> rejected = new ArrayList<>();
            List<Row> rows = new ArrayList<>(events.size());
            Set<String> seen = new HashSet<>();
            int duplicates = 0;
            Instant now = clock.instant();
            Instant oldest = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(config.rawRetentionDays())
                    .atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant newest = now.plus(Duration.ofDays(1));
            for (int i = 0; i < events.size(); i++) {
                UsageEvent event = events.get(i);
                UUID customerId = customers.get(event.customerExternalId());
                if (customerId == null) {
                    rejected.add(new ItemError(i, "customerExternalId", "unknown customer '" + event.customerExternalId() + "'"));
                } else if (event.occurredAt().isBefore(oldest)) {
                    rejected.add(new ItemError(i, "occurredAt", "is older than the raw-event retention of "
                            + config.rawRetentionDays() + " days (before " + oldest + ")"));
                } else if (event.occurredAt().isAfter(newest)) {
                    rejected.add(new ItemError(i, "occurredAt", "is more than one day ahead (after " + newest + ")"));
                } else if (!seen.add(event.eventId() + '\u0000' + LocalDate.ofInstant(event.occurredAt(), ZoneOffset.UTC))) {
                    duplicates++;
                } else {
                    rows.add(new Row(event, customerId, LocalDate.ofInstant(event.occurredAt(), zone)));
                }
            }
            int inBatch = duplicates;
            return UsageWriter.write(connection, tenantId, rows, config.loginEvent())
                    .map(inserted -> new Outcome(inserted, inBatch + rows.size() - inserted, rejected));
        }));
    }

    private static Uni<ZoneId> zone(SqlConnection connection, String tenantId) {
        return connection.preparedQuery("select time_zone from tenant_settings where tenant_id = $1")
                .execute(Tuple.of(tenantId))
                .map(rows -> rows.size() == 0 ? DEFAULT_ZONE : ZoneId.of(rows.iterator().next().getString(0)));
    }

    private static Uni<Map<String, UUID>> customers(SqlConnection connection, String tenantId, Set<String> externalIds) {
        return connection.preparedQuery(
                        "select external_id, customer_id from customer_ref where tenant_id = $1 and external_id = any($2)")
                .execute(Tuple.of(tenantId, externalIds.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, UUID> map = new HashMap<>();
                    rows.forEach(row -> map.put(row.getString(0), row.getUUID(1)));
                    return map;
                });
    }

    /** PostgreSQL's "no partition of relation raw_event found for row" (check_violation). */
    static boolean missingPartition(Throwable failure) {
        return failure instanceof PgException pg && "23514".equals(pg.getSqlState())
                && String.valueOf(pg.getMessage()).contains("no partition of relation");
    }

    private static boolean retryable(Throwable failure) {
        return failure instanceof PgException pg && ("40P01".equals(pg.getSqlState()) || "40001".equals(pg.getSqlState()));
    }
}
