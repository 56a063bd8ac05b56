package io.csplatform.journeys.contract;

import io.csplatform.events.ContractMessages;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Keeps the contract projection from {@code cs.contracts.events.v1}: terms from contract.created / contract.renewed,
 * status from contract.cancelled / contract.expired, the customer's MRR from customer.mrr.changed; other events
 * (contract.mrr.changed: the customer's total follows in customer.mrr.changed) are skipped.
 */
@ApplicationScoped
public class ContractEventsConsumer {

    private static final String CONSUMER = "journeys.contract-events";

    private final IdempotentConsumer idempotent;
    private final CustomerContracts contracts;

    public ContractEventsConsumer(IdempotentConsumer idempotent, CustomerContracts contracts) {
        this.idempotent = idempotent;
        this.contracts = contracts;
    }

    @Incoming("contract-events")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        String tenant = message.headers().tenantId();
        if (message.is(ContractMessages.CONTRACT_CREATED)) {
            var created = message.payload(ContractMessages.CONTRACT_CREATED);
            requireTerm(created.contractId(), created.customerId(), created.startDate(), "contract.created");
            return idempotent.apply(CONSUMER, message, session -> contracts.term(session, tenant, created.contractId(),
                    created.customerId(), created.startDate(), created.endDate(),
                    created.status() == null ? "active" : created.status()));
        }
        if (message.is(ContractMessages.CONTRACT_RENEWED)) {
            var renewed = message.payload(ContractMessages.CONTRACT_RENEWED);
            requireTerm(renewed.contractId(), renewed.customerId(), renewed.startDate(), "contract.renewed");
            return idempotent.apply(CONSUMER, message, session -> contracts.term(session, tenant, renewed.contractId(),
                    renewed.customerId(), renewed.startDate(), renewed.endDate(), "active"));
        }
        if (message.is(ContractMessages.CONTRACT_CANCELLED)) {
            var cancelled = message.payload(ContractMessages.CONTRACT_CANCELLED);
            require(cancelled.contractId(), cancelled.customerId(), "contract.cancelled");
            return idempotent.apply(CONSUMER, message,
                    session -> contracts.status(session, tenant, cancelled.contractId(), "cancelled"));
        }
        if (message.is(ContractMessages.CONTRACT_EXPIRED)) {
            var expired = message.payload(ContractMessages.CONTRACT_EXPIRED);
            require(expired.contractId(), expired.customerId(), "contract.expired");
            return idempotent.apply(CONSUMER, message,
                    session -> contracts.status(session, tenant, expired.contractId(), "expired"));
        }
        if (message.is(ContractMessages.CUSTOMER_MRR_CHANGED)) {
            var changed = message.payload(ContractMessages.CUSTOMER_MRR_CHANGED);
            if (changed.customerId() == null || changed.mrr() == null || changed.currency() == null) {
                throw new InvalidMessageException("customer.mrr.changed needs customerId, mrr and currency");
            }
            return idempotent.apply(CONSUMER, message, session -> contracts.mrr(session, tenant, changed.customerId(),
                    changed.mrr(), changed.currency()));
        }
        return Uni.createFrom().voidItem();
    }

    private static void requireTerm(UUID contractId, UUID customerId, LocalDate startDate, String type) {
        if (startDate == null) {
            throw new InvalidMessageException(type + " needs startDate");
        }
        require(contractId, customerId, type);
    }

    private static void require(UUID contractId, UUID customerId, String type) {
        if (contractId == null || customerId == null) {
            throw new InvalidMessageException(type + " needs contractId and customerId");
        }
    }
}
