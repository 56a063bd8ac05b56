package io.csplatform.customers.tenant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.customers.support.Publisher;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.payload.TenantSettingsChanged;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;

/**
 * A tenant's settings: read (the defaults until the first change) and changed by merge patch; a change and its
 * {@code tenant.settings.changed} (the whole settings, next version) commit in one transaction.
 */
@ApplicationScoped
public class TenantSettingsService {

    /** The row every change locks, created with the defaults (version 0) the first time; concurrent firsts agree. */
    private static final String ENSURE = """
            insert into tenant_settings (tenant_id, time_zone, currency, version, updated_at)
            values (:tenant, :timeZone, :currency, 0, :at) on conflict (tenant_id) do nothing""";

    private final Mutiny.SessionFactory sessions;
    private final Publisher publisher;
    private final Clock clock;

    public TenantSettingsService(Mutiny.SessionFactory sessions, Publisher publisher, Clock clock) {
        this.sessions = sessions;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Uni<TenantSettings> get(String tenantId) {
        return sessions.withSession(session -> session.find(TenantSettings.class, tenantId))
                .map(found -> found == null ? TenantSettings.defaults(tenantId) : found);
    }

    /** Applies a JSON merge patch, checked against the defaults before any I/O; publishes only when something changed. */
    public Uni<TenantSettings> patch(String tenantId, ObjectNode patch) {
        return Uni.createFrom().item(() -> TenantSettingsFields.FIELDS.apply(TenantSettings.defaults(tenantId), patch))
                .chain(() -> sessions.withTransaction(session -> session.createNativeQuery(ENSURE)
                        .setParameter("tenant", tenantId).setParameter("timeZone", TenantSettings.DEFAULT_TIME_ZONE)
                        .setParameter("currency", TenantSettings.DEFAULT_CURRENCY).setParameter("at", clock.instant())
                        .executeUpdate()
                        .chain(() -> session.find(TenantSettings.class, tenantId, LockModeType.PESSIMISTIC_WRITE))
                        .chain(settings -> change(session, settings, patch))));
    }

    private Uni<TenantSettings> change(Mutiny.Session session, TenantSettings settings, ObjectNode patch) {
        if (TenantSettingsFields.FIELDS.apply(settings, patch).isEmpty()) {
            return Uni.createFrom().item(settings);
        }
        settings.version++;
        settings.updatedAt = clock.instant();
        return session.flush()
                .chain(() -> publisher.publish(session, null, settings.tenantId, TenantSettingsChanged.SUBJECT,
                        CustomerMessages.TENANT_SETTINGS_CHANGED, settings.changed()))
                .replaceWith(settings);
    }
}
