package io.csplatform.customerdirectory;

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

/**
 * Thin adapter for {@code cs.customers.events.v1} (channel {@code customer-events}, configured by each service): keeps
 * the customer directory; other event types are ignored. Its inbox name is {@code <application name>.customer-events}.
 */
@ApplicationScoped
public class CustomerEventsConsumer {

    private final IdempotentConsumer idempotent;
    private final CustomerDirectory directory;
    private final String consumer;

    public CustomerEventsConsumer(IdempotentConsumer idempotent, CustomerDirectory directory,
                                  @ConfigProperty(name = "quarkus.application.name") String application) {
        this.idempotent = idempotent;
        this.directory = directory;
        this.consumer = application + ".customer-events";
    }

    @Incoming("customer-events")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        String tenant = message.headers().tenantId();
        if (message.is(CustomerMessages.CUSTOMER_CREATED)) {
            var created = message.payload(CustomerMessages.CUSTOMER_CREATED);
            return idempotent.apply(consumer, message, session -> directory.created(session, tenant, created));
        }
        if (message.is(CustomerMessages.CUSTOMER_UPDATED)) {
            var updated = message.payload(CustomerMessages.CUSTOMER_UPDATED);
            return idempotent.apply(consumer, message, session -> directory.updated(session, tenant, updated));
        }
        return Uni.createFrom().voidItem();
    }
}
