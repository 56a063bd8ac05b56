package io.csplatform.tenantsettings;

import io.csplatform.events.payload.TenantSettingsChanged;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The tenant's time zone, from the copy of its settings ({@code tenant.settings.changed}; an older version never
 * overwrites a newer one), {@code America/Sao_Paulo} until the tenant's settings arrive. The copy lives in the
 * service's own table {@code tenant_settings (tenant_id, time_zone, version, updated_at)}, created by its migrations;
 * {@link TenantSettingsConsumer} keeps it.
 */
@ApplicationScoped
public class TenantZones {

    public static final ZoneId DEFAULT = ZoneId.of("America/Sao_Paulo");
    private static final String UPSERT = """
            insert into tenant_settings (tenant_id, time_zone, version, updated_at) values (:tenant, :zone, :version, :at)
            on conflict (tenant_id) do update set time_zone = excluded.time_zone, version = excluded.version,
              updated_at = excluded.updated_at
            where tenant_settings.version <= excluded.version""";

    private final Clock clock;

    public TenantZones(Clock clock) {
        this.clock = clock;
    }

    public Uni<ZoneId> zone(Mutiny.Session session, String tenantId) {
        return session.createNativeQuery("select time_zone from tenant_settings where tenant_id = :tenant", String.class)
                .setParameter("tenant", tenantId).getResultList()
                .map(rows -> rows.isEmpty() ? DEFAULT : ZoneId.of(rows.get(0)));
    }

    /** Keeps a newer copy of the tenant's settings; {@code zone} was checked by the caller. */
    public Uni<Void> apply(Mutiny.Session session, String tenantId, ZoneId zone, TenantSettingsChanged settings) {
        return session.createNativeQuery(UPSERT)
                .setParameter("tenant", tenantId).setParameter("zone", zone.getId())
                .setParameter("version", settings.version()).setParameter("at", clock.instant())
                .executeUpdate().replaceWithVoid();
    }
}
