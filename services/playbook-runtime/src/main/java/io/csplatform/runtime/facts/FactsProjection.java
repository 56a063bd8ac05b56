package io.csplatform.runtime.facts;

import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.TriggerEvent;
import io.csplatform.runtime.tenant.TenantZones;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The per-customer read model the evaluator works on, fed by every domain topic. Each event becomes fact changes
 * through its domain's {@link FactMapper}; every change carries the event's version (its time, or the entity's own
 * version when the payload has one), and an older change never overwrites a newer fact.
 */
@ApplicationScoped
public class FactsProjection {

    public static final String TENANT_SETTINGS_CHANGED = "tenant.settings.changed";

    private final Map<String, FactMapper> mappers = new HashMap<>();
    private final FactStore store;
    private final TenantZones zones;

    public FactsProjection(Instance<FactMapper> mappers, FactStore store, TenantZones zones) {
        mappers.forEach(mapper -> mapper.types().forEach(type -> this.mappers.put(type, mapper)));
        this.store = store;
        this.zones = zones;
    }

    /** Whether the projection reads this event type. */
    public boolean reads(String type) {
        return mappers.containsKey(type) || TENANT_SETTINGS_CHANGED.equals(type);
    }

    public Uni<Void> apply(Mutiny.Session session, String tenant, TriggerEvent event) {
        if (TENANT_SETTINGS_CHANGED.equals(event.type())) {
            return zones.changed(session, tenant, event.payload());
        }
        FactMapper mapper = mappers.get(event.type());
        if (mapper == null) {
            return Uni.createFrom().voidItem();
        }
        return zones.zone(session, tenant).chain(zone -> store.apply(session, tenant, event.customerId(),
                mapper.map(event.type(), event.payload(), version(event), zone)));
    }

    /** The changes of an event, without writing them (rebuilds and tests). */
    public FactChanges changes(TriggerEvent event, ZoneId zone) {
        FactMapper mapper = mappers.get(event.type());
        return mapper == null ? FactChanges.NONE : mapper.map(event.type(), event.payload(), version(event), zone);
    }

    /** The customer's facts; null until the projection has heard of the customer itself. */
    public Uni<Facts> load(Mutiny.Session session, String tenant, UUID customerId, LocalDate today) {
        return store.load(session, tenant, customerId, today)
                .map(rows -> FactsAssembler.known(rows) ? FactsAssembler.assemble(rows) : null);
    }

    static long version(TriggerEvent event) {
        java.time.Instant time = event.time();
        return time == null ? 0 : time.getEpochSecond() * 1_000_000L + time.getNano() / 1_000;
    }

}
