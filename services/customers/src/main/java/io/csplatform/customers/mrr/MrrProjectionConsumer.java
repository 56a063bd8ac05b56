package io.csplatform.customers.mrr;

import io.csplatform.events.ContractMessages;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each customer's MRR as {@code customer.mrr.changed} last reported it (older reports never overwrite newer
 * ones); other contract events are not for this projection and are skipped.
 */
@ApplicationScoped
public class MrrProjectionConsumer {

    private static final String CONSUMER = "customers.mrr";
    private static final String UPSERT = """
            insert into customer_mrr (tenant_id, customer_id, mrr, currency, as_of)
            values (:tenant, :customer, :mrr, :currency, :asOf)
            on conflict (customer_id) do update set mrr = excluded.mrr, currency = excluded.currency, as_of = excluded.as_of
            where customer_mrr.as_of <= excluded.as_of and customer_mrr.tenant_id = excluded.tenant_id""";

    private final IdempotentConsumer idempotent;

    public MrrProjectionConsumer(IdempotentConsumer idempotent) {
        this.idempotent = idempotent;
    }

    @Incoming("contract-events")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        if (!message.is(ContractMessages.CUSTOMER_MRR_CHANGED)) {
            return Uni.createFrom().voidItem();
        }
        var changed = message.payload(ContractMessages.CUSTOMER_MRR_CHANGED);
        if (changed.customerId() == null || changed.mrr() == null) {
            throw new InvalidMessageException("customer.mrr.changed needs customerId and mrr");
        }
        return idempotent.apply(CONSUMER, message, session -> session.createNativeQuery(UPSERT)
                .setParameter("tenant", message.headers().tenantId())
                .setParameter("customer", changed.customerId())
                .setParameter("mrr", changed.mrr())
                .setParameter("currency", changed.currency())
                .setParameter("asOf", message.headers().time())
                .executeUpdate());
    }
}
