package io.csplatform.healthscore.score;

import io.csplatform.tenantsettings.TenantZones;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The daily recompute: days pass without messages (a charge or task becomes overdue, a renewal nears, usage windows
 * move), so once per tenant's day every customer of the tenant is marked pending ("daily"). The tenant's row in
 * {@code daily_sweep} is taken with {@code for update skip locked}, so with two replicas one of them marks a tenant's
 * day, once.
 */
@ApplicationScoped
public class DailyRecompute {

    private static final Logger LOG = Logger.getLogger(DailyRecompute.class);
    private static final String SEED = """
            insert into daily_sweep (tenant_id, last_day)
            select distinct tenant_id, date '1970-01-01' from customer_ref on conflict do nothing""";
    private static final String TAKE = """
            select tenant_id, cast(last_day as text) from daily_sweep order by tenant_id for update skip locked""";
    private static final String DONE = "update daily_sweep set last_day = :day where tenant_id = :tenant";

    private final Mutiny.SessionFactory sessions;
    private final TenantZones zones;
    private final PendingScores pending;
    private final Clock clock;

    public DailyRecompute(Mutiny.SessionFactory sessions, TenantZones zones, PendingScores pending, Clock clock) {
        this.sessions = sessions;
        this.zones = zones;
        this.pending = pending;
        this.clock = clock;
    }

    @Scheduled(every = "${health-score.daily.every:10m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return runAt(clock.instant())
                .onFailure().invoke(e -> LOG.warn("daily health score sweep failed; retried at the next tick", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Marks the customers of every tenant whose day at {@code now} was not swept yet; answers how many tenants. */
    public Uni<Integer> runAt(Instant now) {
        return sessions.withTransaction(session -> session.createNativeQuery(SEED).executeUpdate()
                .chain(() -> session.createNativeQuery(TAKE, Object[].class).getResultList())
                .chain(rows -> sweep(session, rows, now)));
    }

    private Uni<Integer> sweep(Mutiny.Session session, List<Object[]> rows, Instant now) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (Object[] row : rows) {
            String tenant = (String) row[0];
            LocalDate last = Rows.date(row[1]);
            chain = chain.chain(count -> zones.zone(session, tenant).chain(zone -> {
                LocalDate today = LocalDate.ofInstant(now, zone);
                if (!today.isAfter(last)) {
                    return Uni.createFrom().item(count);
                }
                return pending.markTenant(session, tenant, "daily")
                        .chain(() -> session.createNativeQuery(DONE).setParameter("day", today)
                                .setParameter("tenant", tenant).executeUpdate())
                        .replaceWith(count + 1);
            }));
        }
        return chain;
    }
}
