package io.csplatform.tracking.rollup;

import io.csplatform.tracking.TrackingConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The raw events' daily partitions ({@code raw_event_YYYYMMDD}, UTC days of the event time): at start and every
 * {@code tracking.partitions-every}, creates those of the retention window up to two days ahead and drops those past
 * the retention ({@code DETACH ... CONCURRENTLY}, then {@code DROP}: ingest keeps writing meanwhile). Rollups are kept.
 */
@ApplicationScoped
public class RawPartitions {

    private static final Logger LOG = Logger.getLogger(RawPartitions.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final String EXISTING = """
            select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
            where i.inhparent = 'raw_event'::regclass""";

    private final Pool pool;
    private final TrackingConfig config;
    private final Clock clock;

    public RawPartitions(Pool pool, TrackingConfig config, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        maintain().await().indefinitely();
    }

    @Scheduled(every = "${tracking.partitions-every:1h}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return maintain().onFailure().invoke(e -> LOG.warn("raw-event partition maintenance failed", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Creates the missing partitions and drops the expired ones; answers the names dropped. */
    public Uni<List<String>> maintain() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = today.minusDays(config.rawRetentionDays());
        return pool.query(EXISTING).execute().chain(rows -> {
            Set<String> existing = new HashSet<>();
            for (Row row : rows) {
                existing.add(row.getString(0));
            }
            List<String> statements = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(today.plusDays(2)); day = day.plusDays(1)) {
                if (!existing.contains(name(day))) {
                    statements.add("create table if not exists " + name(day) + " partition of raw_event for values from ('"
                            + day + "') to ('" + day.plusDays(1) + "')");
                }
            }
            List<String> expired = existing.stream().filter(name -> name.compareTo(name(first)) < 0).sorted().toList();
            for (String name : expired) {
                statements.add("alter table raw_event detach partition " + name + " concurrently");
                statements.add("drop table " + name);
            }
            return Multi.createFrom().iterable(statements)
                    .onItem().transformToUniAndConcatenate(sql -> pool.query(sql).execute().replaceWith(Boolean.TRUE)
                            .onFailure(failure -> sql.startsWith("create") ? createdMeanwhile(failure) : true)
                            .recoverWithUni(failure -> {
                                if (!sql.startsWith("create")) {
                                    LOG.warnf("raw-event partitions: '%s' failed, retried at the next maintenance: %s",
                                            sql, failure.getMessage());
                                }
                                return Uni.createFrom().item(Boolean.TRUE);
                            }))
                    .collect().last().replaceWith(expired);
        });
    }

    /**
     * Another maintenance (the start-up one and the first tick on a slow start, an ingest that found a partition
     * missing, another replica) created the partition between the check and the create: "if not exists" does not
     * cover that race (42P07, or 23505 on the catalog).
     */
    static boolean createdMeanwhile(Throwable failure) {
        return failure instanceof PgException pg && ("42P07".equals(pg.getSqlState()) || "23505".equals(pg.getSqlState()));
    }

    static String name(LocalDate day) {
        return "raw_event_" + day.format(SUFFIX);
    }
}
