package io.csplatform.surveys.contact;

import io.csplatform.events.CustomerMessages;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.function.Function;

/**
 * Thin adapter for {@code cs.customers.events.v1} (channel {@code contact-events}): keeps the contacts and each
 * tenant's time zone; other types are skipped (the customer directory has its own channel).
 */
@ApplicationScoped
public class ContactEventsConsumer {

    private static final String CONSUMER = "surveys.contact-events";

    private final IdempotentConsumer idempotent;
    private final Contacts contacts;
    private final TenantZones zones;

    public ContactEventsConsumer(IdempotentConsumer idempotent, Contacts contacts, TenantZones zones) {
        this.idempotent = idempotent;
        this.contacts = contacts;
        this.zones = zones;
    }

    @Incoming("contact-events")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        Function<Mutiny.Session, Uni<?>> work = work(message, message.headers().tenantId());
        return work == null ? Uni.createFrom().voidItem() : idempotent.apply(CONSUMER, message, work);
    }

    private Function<Mutiny.Session, Uni<?>> work(IncomingMessage message, String tenant) {
        if (message.is(CustomerMessages.CONTACT_CREATED)) {
            var created = message.payload(CustomerMessages.CONTACT_CREATED);
            return session -> contacts.created(session, tenant, created);
        }
        if (message.is(CustomerMessages.CUSTOMER_CREATED)) {
            var created = message.payload(CustomerMessages.CUSTOMER_CREATED);
            // the main contact named with the customer comes in customer.created only, not in a contact.created
            return created.mainContact() == null || created.mainContact().contactId() == null ? null
                    : session -> contacts.mainContact(session, tenant, created);
        }
        if (message.is(CustomerMessages.CONTACT_UPDATED)) {
            var updated = message.payload(CustomerMessages.CONTACT_UPDATED);
            return session -> contacts.updated(session, tenant, updated);
        }
        if (message.is(CustomerMessages.CONTACT_DEACTIVATED)) {
            var deactivated = message.payload(CustomerMessages.CONTACT_DEACTIVATED);
            return session -> contacts.deactivated(session, tenant, deactivated);
        }
        if (message.is(CustomerMessages.TENANT_SETTINGS_CHANGED)) {
            var settings = message.payload(CustomerMessages.TENANT_SETTINGS_CHANGED);
            return session -> zones.apply(session, tenant, settings);
        }
        return null;
    }
}
