package io.csplatform.journeys.owner;

import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the owner, name and customer directory projections from {@code cs.customers.events.v1}; other customer events are skipped. */
@ApplicationScoped
public class CustomerEventsConsumer {

    private static final String CONSUMER = "journeys.customer-owners";

    private final IdempotentConsumer idempotent;
    private final OwnerDirectory owners;
    private final CustomerNames names;
    private final CustomerDirectory directory;

    public CustomerEventsConsumer(IdempotentConsumer idempotent, OwnerDirectory owners, CustomerNames names,
                                  CustomerDirectory directory) {
        this.idempotent = idempotent;
        this.owners = owners;
        this.names = names;
        this.directory = directory;
    }

    @Incoming("customer-events")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        String tenantId = message.headers().tenantId();
        if (message.is(CustomerMessages.CUSTOMER_CREATED)) {
            var created = message.payload(CustomerMessages.CUSTOMER_CREATED);
            return idempotent.apply(CONSUMER, message, session -> directory.created(session, tenantId, created)
                    .chain(() -> created.name() == null ? Uni.createFrom().voidItem()
                            : names.apply(session, tenantId, created.customerId(), created.name())));
        }
        if (message.is(CustomerMessages.CUSTOMER_UPDATED)) {
            var updated = message.payload(CustomerMessages.CUSTOMER_UPDATED);
            var name = updated.changes() == null ? null : updated.changes().get("name");
            boolean renamed = name != null && name.to() != null && name.to().isTextual();
            return idempotent.apply(CONSUMER, message, session -> directory.updated(session, tenantId, updated)
                    .chain(() -> !renamed ? Uni.createFrom().voidItem()
                            : names.apply(session, tenantId, updated.customerId(), name.to().asText())));
        }
        if (!message.is(CustomerMessages.CUSTOMER_OWNER_CHANGED)) {
            return Uni.createFrom().voidItem();
        }
        var change = message.payload(CustomerMessages.CUSTOMER_OWNER_CHANGED);
        if (change.customerId() == null || change.ownerTypeId() == null || change.ownerTypeName() == null) {
            throw new InvalidMessageException("customer.owner.changed needs customerId, ownerTypeId and ownerTypeName");
        }
        return idempotent.apply(CONSUMER, message,
                session -> owners.apply(session, tenantId, change));
    }
}
