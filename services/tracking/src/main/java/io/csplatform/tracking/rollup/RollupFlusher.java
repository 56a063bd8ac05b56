package io.csplatform.tracking.rollup;

import io.csplatform.events.payload.TrackingDayRolledUp;
import io.csplatform.events.payload.UserLogin;
import io.csplatform.tracking.TrackingConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Publishes rollup changes, coalesced: every tick, each customer day marked dirty by ingest becomes ONE
 * {@code tracking.day.rolled-up} with the day's absolute totals and the next version, and each user whose last login
 * moved forward ONE {@code user.login}; both in the transaction that clears the marks (outbox). Rows are taken with
 * {@code FOR UPDATE SKIP LOCKED}: a day an ingest transaction is still writing is published at the next tick, with
 * that ingest's counts.
 */
@ApplicationScoped
public class RollupFlusher {

    private static final Logger LOG = Logger.getLogger(RollupFlusher.class);
    private static final String DIRTY_DAYS = """
            select tenant_id, cast(customer_id as text), cast(day as text) from rollup_state where dirty
            order by changed_at limit :limit for update skip locked""";
    private static final String PUBLISHED = """
            update rollup_state set dirty = false, version = version + 1
            where tenant_id = :tenant and customer_id = :customer and day = :day returning version""";
    private static final String COUNTS = """
            select user_id, feature, count from rollup_day where tenant_id = :tenant and customer_id = :customer and day = :day
            order by user_id, feature""";
    private static final String LOGINS = """
            select tenant_id, cast(customer_id as text), user_id, key_user,
                   to_char(last_login_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
            from tracked_user where login_dirty limit :limit for update skip locked""";
    private static final String LOGIN_PUBLISHED = """
            update tracked_user set login_dirty = false where tenant_id = :tenant and customer_id = :customer and user_id = :user""";

    private final Mutiny.SessionFactory sessions;
    private final RollupEvents events;
    private final TrackingConfig config;
    private final Clock clock;

    public RollupFlusher(Mutiny.SessionFactory sessions, RollupEvents events, TrackingConfig config, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${tracking.flush-every:1s}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return flush().onFailure().invoke(e -> LOG.warn("rollup flush failed; retried at the next tick", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Publishes what changed since the last flush; answers how many events were written. */
    public Uni<Integer> flush() {
        return sessions.withTransaction(session -> days(session).chain(days -> logins(session).map(logins -> days + logins)));
    }

    private Uni<Integer> days(Mutiny.Session session) {
        return session.createNativeQuery(DIRTY_DAYS, Object[].class).setParameter("limit", config.flushBatch())
                .getResultList()
                .chain(rows -> Multi.createFrom().iterable(rows)
                        .onItem().transformToUniAndConcatenate(row -> day(session, (String) row[0],
                                UUID.fromString((String) row[1]), LocalDate.parse((String) row[2])))
                        .collect().asList().map(List::size));
    }

    private Uni<Void> day(Mutiny.Session session, String tenantId, UUID customerId, LocalDate day) {
        return session.createNativeQuery(PUBLISHED, Long.class)
                .setParameter("tenant", tenantId).setParameter("customer", customerId).setParameter("day", day)
                .getSingleResult()
                .chain(version -> session.createNativeQuery(COUNTS, Object[].class)
                        .setParameter("tenant", tenantId).setParameter("customer", customerId).setParameter("day", day)
                        .getResultList()
                        .chain(rows -> {
                            List<TrackingDayRolledUp.Count> counts = rows.stream().map(row -> new TrackingDayRolledUp.Count(
                                    (String) row[0], (String) row[1], ((Number) row[2]).longValue())).toList();
                            long total = counts.stream().mapToLong(TrackingDayRolledUp.Count::count).sum();
                            return events.dayRolledUp(session, tenantId, new TrackingDayRolledUp(customerId, day, total,
                                    counts, version, now()));
                        }));
    }

    private Uni<Integer> logins(Mutiny.Session session) {
        return session.createNativeQuery(LOGINS, Object[].class).setParameter("limit", config.flushBatch())
                .getResultList()
                .chain(rows -> Multi.createFrom().iterable(rows)
                        .onItem().transformToUniAndConcatenate(row -> {
                            String tenantId = (String) row[0];
                            UUID customerId = UUID.fromString((String) row[1]);
                            String userId = (String) row[2];
                            var login = new UserLogin(customerId, userId, (Boolean) row[3], Instant.parse((String) row[4]));
                            return session.createNativeQuery(LOGIN_PUBLISHED).setParameter("tenant", tenantId)
                                    .setParameter("customer", customerId).setParameter("user", userId).executeUpdate()
                                    .chain(() -> events.login(session, tenantId, customerId, login));
                        })
                        .collect().asList().map(List::size));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
