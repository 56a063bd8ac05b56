package io.csplatform.tickets.sla;

import io.csplatform.tenantsettings.TenantZones;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/** The tenants' SLA policies (one per priority) and the deadlines they give a ticket. */
@ApplicationScoped
public class SlaPolicies {

    private static final String COLUMNS = """
            select priority, first_response_minutes, resolution_minutes, business_days, business_start, business_end
            from sla_policy where tenant_id = :tenant""";
    private static final String UPSERT = """
            insert into sla_policy (tenant_id, priority, first_response_minutes, resolution_minutes, business_days,
                                    business_start, business_end, updated_at)
            values (:tenant, :priority, :firstResponse, :resolution, :days, :start, :end, :at)
            on conflict (tenant_id, priority) do update set first_response_minutes = excluded.first_response_minutes,
              resolution_minutes = excluded.resolution_minutes, business_days = excluded.business_days,
              business_start = excluded.business_start, business_end = excluded.business_end,
              updated_at = excluded.updated_at""";

    private final Mutiny.SessionFactory sessions;
    private final TenantZones zones;
    private final Clock clock;

    public SlaPolicies(Mutiny.SessionFactory sessions, TenantZones zones, Clock clock) {
        this.sessions = sessions;
        this.zones = zones;
        this.clock = clock;
    }

    public Uni<List<SlaPolicy>> of(String tenantId) {
        return sessions.withSession(session -> session.createNativeQuery(COLUMNS + " order by priority", Object[].class)
                .setParameter("tenant", tenantId).getResultList()
                .map(rows -> rows.stream().map(SlaPolicies::policy).toList()));
    }

    public Uni<SlaPolicy> save(String tenantId, SlaPolicy policy) {
        BusinessHours hours = policy.businessHours();
        return sessions.withTransaction(session -> session.createNativeQuery(UPSERT)
                        .setParameter("tenant", tenantId).setParameter("priority", policy.priority())
                        .setParameter("firstResponse", policy.firstResponseMinutes())
                        .setParameter("resolution", policy.resolutionMinutes())
                        .setParameter("days", hours == null ? null : hours.daysColumn())
                        .setParameter("start", hours == null ? null : hours.start())
                        .setParameter("end", hours == null ? null : hours.end())
                        .setParameter("at", clock.instant())
                        .executeUpdate())
                .replaceWith(policy);
    }

    /** False when the tenant had no policy for the priority. */
    public Uni<Boolean> delete(String tenantId, String priority) {
        return sessions.withTransaction(session -> session.createNativeQuery(
                                "delete from sla_policy where tenant_id = :tenant and priority = :priority")
                        .setParameter("tenant", tenantId).setParameter("priority", priority).executeUpdate())
                .map(deleted -> deleted > 0);
    }

    /** The deadlines of a ticket of {@code priority} created at {@code createdAt}, by the tenant's current policy. */
    public Uni<Deadlines> deadlines(Mutiny.Session session, String tenantId, String priority, Instant createdAt) {
        return session.createNativeQuery(COLUMNS + " and priority = :priority", Object[].class)
                .setParameter("tenant", tenantId).setParameter("priority", priority).getResultList()
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(Deadlines.NONE)
                        : zones.zone(session, tenantId).map(zone -> policy(rows.get(0)).deadlines(createdAt, zone)));
    }

    private static SlaPolicy policy(Object[] row) {
        BusinessHours hours = row[3] == null ? null
                : new BusinessHours(BusinessHours.daysOf((String) row[3]), (LocalTime) row[4], (LocalTime) row[5]);
        return new SlaPolicy((String) row[0], (Integer) row[1], (Integer) row[2], hours);
    }
}
