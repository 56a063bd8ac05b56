package io.csplatform.healthscore.inputs;

import io.csplatform.events.ContractMessages;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;

/**
 * Thin adapter for {@code cs.contracts.events.v1}: contract created / renewed / cancelled / expired (days to renewal);
 * other types are skipped.
 */
@ApplicationScoped
public class ContractEventsConsumer {

    private static final String CONSUMER = "health-score.contracts";

    private final InputChanges changes;
    private final ContractProjection contracts;

    public ContractEventsConsumer(InputChanges changes, ContractProjection contracts) {
        this.changes = changes;
        this.contracts = contracts;
    }

    @Incoming("contract-events")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        String tenant = message.headers().tenantId();
        Instant at = message.headers().time();
        if (message.is(ContractMessages.CONTRACT_CREATED)) {
            var c = message.payload(ContractMessages.CONTRACT_CREATED);
            boolean running = c.status() == null || !c.status().equalsIgnoreCase("cancelled")
                    && !c.status().equalsIgnoreCase("expired");
            return changes.apply(CONSUMER, message, c.customerId(),
                    s -> contracts.upsert(s, tenant, c.contractId(), c.customerId(), c.endDate(), running, at));
        }
        if (message.is(ContractMessages.CONTRACT_RENEWED)) {
            var c = message.payload(ContractMessages.CONTRACT_RENEWED);
            return changes.apply(CONSUMER, message, c.customerId(),
                    s -> contracts.upsert(s, tenant, c.contractId(), c.customerId(), c.endDate(), true, at));
        }
        if (message.is(ContractMessages.CONTRACT_CANCELLED)) {
            var c = message.payload(ContractMessages.CONTRACT_CANCELLED);
            return changes.apply(CONSUMER, message, c.customerId(),
                    s -> contracts.upsert(s, tenant, c.contractId(), c.customerId(), null, false, at));
        }
        if (message.is(ContractMessages.CONTRACT_EXPIRED)) {
            var c = message.payload(ContractMessages.CONTRACT_EXPIRED);
            return changes.apply(CONSUMER, message, c.customerId(),
                    s -> contracts.upsert(s, tenant, c.contractId(), c.customerId(), c.endDate(), false, at));
        }
        return InputChanges.skip();
    }
}
