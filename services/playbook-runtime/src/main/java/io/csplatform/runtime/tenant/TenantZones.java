package io.csplatform.runtime.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenant's time zone, from the copy of its settings ({@code tenant.settings.changed} on the customers topic; an
 * older version never overwrites a newer one). Cached for a few seconds per replica: only one replica of the group
 * consumes each settings event, the others see it through the table.
 */
@ApplicationScoped
public class TenantZones {

    public static final ZoneId DEFAULT = ZoneId.of("America/Sao_Paulo");
    private static final String UPSERT = """
            insert into tenant_settings (tenant_id, time_zone, version, updated_at) values (:tenant, :zone, :version, :at)
            on conflict (tenant_id) do update set time_zone = excluded.time_zone, version = excluded.version,
              updated_at = excluded.updated_at
            where tenant_settings.version <= excluded.version""";

    private record Cached(ZoneId zone, Instant until) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long ttlSeconds;

    public TenantZones(Clock clock, @ConfigProperty(name = "runtime.tenant-settings.cache-seconds", defaultValue = "10") long ttlSeconds) {
        this.clock = clock;
        this.ttlSeconds = ttlSeconds;
    }

    public Uni<ZoneId> zone(Mutiny.Session session, String tenant) {
        Cached cached = cache.get(tenant);
        if (cached != null && cached.until().isAfter(clock.instant())) {
            return Uni.createFrom().item(cached.zone());
        }
        return session.createNativeQuery("select time_zone from tenant_settings where tenant_id = :tenant", String.class)
                .setParameter("tenant", tenant).getResultList()
                .map(rows -> {
                    ZoneId zone = rows.isEmpty() ? DEFAULT : ZoneId.of(rows.get(0));
                    cache.put(tenant, new Cached(zone, clock.instant().plusSeconds(ttlSeconds)));
                    return zone;
                });
    }

    /** Applies {@code tenant.settings.changed}. */
    public Uni<Void> changed(Mutiny.Session session, String tenant, JsonNode settings) {
        String zone = settings.path("timeZone").asText(DEFAULT.getId());
        cache.remove(tenant);
        return session.createNativeQuery(UPSERT).setParameter("tenant", tenant)
                .setParameter("zone", ZoneId.of(zone).getId())
                .setParameter("version", settings.path("version").asLong())
                .setParameter("at", clock.instant())
                .executeUpdate().replaceWithVoid();
    }
}
