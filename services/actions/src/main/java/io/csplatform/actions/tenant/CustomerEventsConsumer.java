package io.csplatform.actions.tenant;

import io.csplatform.events.CustomerMessages;
import io.csplatform.events.IncomingMessage;
import io.csplatform.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Thin adapter for {@code cs.customers.events.v1}: keeps the copy of each tenant's e-mail sender; ignores the rest. */
@ApplicationScoped
public class CustomerEventsConsumer {

    private final IdempotentConsumer idempotent;
    private final TenantSenders senders;

    public CustomerEventsConsumer(IdempotentConsumer idempotent, TenantSenders senders) {
        this.idempotent = idempotent;
        this.senders = senders;
    }

    @Incoming("customer-events")
    @Retry(maxRetries = 3, delay = 500)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        if (!message.is(CustomerMessages.TENANT_SETTINGS_CHANGED)) {
            return Uni.createFrom().voidItem();
        }
        var settings = message.payload(CustomerMessages.TENANT_SETTINGS_CHANGED);
        return idempotent.apply("actions.customer-events", message, session -> senders.apply(session, settings));
    }
}
