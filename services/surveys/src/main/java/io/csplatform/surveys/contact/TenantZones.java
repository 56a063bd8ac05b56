package io.csplatform.surveys.contact;

import io.csplatform.events.payload.TenantSettingsChanged;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.DateTimeException;
import java.time.ZoneId;

/** Each tenant's time zone, from its settings ({@code tenant.settings.changed}); {@value #DEFAULT} until it has any. */
@ApplicationScoped
public class TenantZones {

    public static final String DEFAULT = "America/Sao_Paulo";
    private static final String UPSERT = """
            insert into tenant_settings (tenant_id, time_zone, version) values (:tenant, :zone, :version)
            on conflict (tenant_id) do update set time_zone = excluded.time_zone, version = excluded.version
            where tenant_settings.version <= excluded.version""";

    private final Pool pool;

    public TenantZones(Pool pool) {
        this.pool = pool;
    }

    public Uni<ZoneId> of(String tenant) {
        return pool.preparedQuery("select time_zone from tenant_settings where tenant_id = $1").execute(Tuple.of(tenant))
                .map(rows -> zone(rows.size() == 0 ? null : rows.iterator().next().getString(0)));
    }

    /** Applies a newer copy of the tenant's settings (the tenant of the message, not of its payload). */
    public Uni<Void> apply(Mutiny.Session session, String tenant, TenantSettingsChanged settings) {
        return session.createNativeQuery(UPSERT)
                .setParameter("tenant", tenant)
                .setParameter("zone", zone(settings.timeZone()).getId())
                .setParameter("version", settings.version())
                .executeUpdate().replaceWithVoid();
    }

    static ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? ZoneId.of(DEFAULT) : ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneId.of(DEFAULT);
        }
    }
}
