package io.csplatform.healthscore.report;

import io.csplatform.events.ContractMessages;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Thin adapters for the retention facts ({@link RetentionFacts}): {@code customer.mrr.changed} on
 * {@code cs.contracts.events.v1} (channel {@code risk-mrr}) and the tenant's currency from {@code tenant.settings.changed}
 * on {@code cs.customers.events.v1} (channel {@code risk-tenant}, a group of its own). Other types are skipped.
 */
@ApplicationScoped
public class RetentionFactsConsumer {

    private final IdempotentConsumer idempotent;
    private final RetentionFacts facts;

    public RetentionFactsConsumer(IdempotentConsumer idempotent, RetentionFacts facts) {
        this.idempotent = idempotent;
        this.facts = facts;
    }

    @Incoming("risk-mrr")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> mrr(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        if (!message.is(ContractMessages.CUSTOMER_MRR_CHANGED)) {
            return Uni.createFrom().voidItem();
        }
        var changed = message.payload(ContractMessages.CUSTOMER_MRR_CHANGED);
        return idempotent.apply("health-score.risk-mrr", message,
                session -> facts.mrr(session, message.headers().tenantId(), changed));
    }

    @Incoming("risk-tenant")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> tenant(ConsumerRecord<String, String> record) {
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
        return idempotent.apply("health-score.risk-tenant", message,
                session -> facts.settings(session, message.headers().tenantId(), settings));
    }
}
