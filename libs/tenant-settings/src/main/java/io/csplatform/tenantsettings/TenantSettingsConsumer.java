package io.csplatform.tenantsettings;

import io.csplatform.events.CustomerMessages;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Thin adapter for {@code tenant.settings.changed} on {@code cs.customers.events.v1} (channel {@code tenant-settings},
 * a group of its own, configured by each service): keeps each tenant's time zone ({@link TenantZones}); its inbox
 * name is {@code <application name>.tenant-settings}. Other types are skipped; unreadable messages are left to the
 * customer directory's consumer of the same topic, which parks them.
 */
@ApplicationScoped
public class TenantSettingsConsumer {

    private final IdempotentConsumer idempotent;
    private final TenantZones zones;
    private final String consumer;

    public TenantSettingsConsumer(IdempotentConsumer idempotent, TenantZones zones,
                                  @ConfigProperty(name = "quarkus.application.name") String application) {
        this.idempotent = idempotent;
        this.zones = zones;
        this.consumer = application + ".tenant-settings";
    }

    @Incoming("tenant-settings")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message;
        try {
            message = IncomingMessage.from(record);
        } catch (InvalidMessageException e) {
            return Uni.createFrom().voidItem();
        }
        if (!message.is(CustomerMessages.TENANT_SETTINGS_CHANGED)) {
            return Uni.createFrom().voidItem();
        }
        var settings = message.payload(CustomerMessages.TENANT_SETTINGS_CHANGED);
        ZoneId zone = zone(settings.timeZone());
        return idempotent.apply(consumer, message,
                session -> zones.apply(session, message.headers().tenantId(), zone, settings));
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? TenantZones.DEFAULT : ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidMessageException("unknown time zone '" + id + "'");
        }
    }
}
