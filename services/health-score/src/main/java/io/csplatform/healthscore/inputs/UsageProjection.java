package io.csplatform.healthscore.inputs;

import io.csplatform.events.payload.TrackingDayRolledUp;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.Objects;

/**
 * The customer's usage per day: {@code tracking.day.rolled-up} carries ABSOLUTE totals with a growing version, so the
 * highest version of a day wins whatever the arrival order (an older one changes nothing).
 */
@ApplicationScoped
public class UsageProjection {

    private static final String UPSERT = """
            insert into usage_day (tenant_id, customer_id, day, total, users, version)
            values (:tenant, :customer, :day, :total, :users, :version)
            on conflict (tenant_id, customer_id, day) do update set total = excluded.total, users = excluded.users,
              version = excluded.version
            where usage_day.version < excluded.version""";

    public Uni<Integer> rolledUp(Mutiny.Session session, String tenant, TrackingDayRolledUp day) {
        int users = day.counts() == null ? 0 : (int) day.counts().stream().map(TrackingDayRolledUp.Count::userId)
                .filter(Objects::nonNull).distinct().count();
        return session.createNativeQuery(UPSERT).setParameter("tenant", tenant)
                .setParameter("customer", day.customerId()).setParameter("day", day.day())
                .setParameter("total", day.total()).setParameter("users", users).setParameter("version", day.version())
                .executeUpdate();
    }
}
