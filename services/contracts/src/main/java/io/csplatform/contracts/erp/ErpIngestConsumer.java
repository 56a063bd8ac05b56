package io.csplatform.contracts.erp;

import io.csplatform.events.ContractSchemas;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.IngestMessages;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.MessageType;
import io.csplatform.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;

/**
 * Thin adapter for {@code cs.ingest.erp.v1}: applies contracts and amendments once each (inbox by {@code ce_id}).
 * Charges, payments and sales are the finance service's; anything else, a payload failing its schema, a key that
 * is not the customer's external id, an older version or an unknown customer (after retries) is parked on
 * {@code cs.ingest.erp.v1.dlq} with the reason in the {@code dead-letter-reason} header.
 */
@ApplicationScoped
public class ErpIngestConsumer {

    private static final String CONSUMER = "contracts.erp-ingest";

    private final IdempotentConsumer idempotent;
    private final ErpContracts erp;

    public ErpIngestConsumer(IdempotentConsumer idempotent, ErpContracts erp) {
        this.idempotent = idempotent;
        this.erp = erp;
    }

    @Incoming("erp-ingest")
    @Retry(maxRetries = 3, delay = 1000, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        if (IngestMessages.FINANCE.stream().anyMatch(message::is)) {
            return Uni.createFrom().voidItem();
        }
        String tenant = message.headers().tenantId();
        if (message.is(IngestMessages.ERP_CONTRACT)) {
            var contract = valid(message, IngestMessages.ERP_CONTRACT);
            requireKey(record, contract.customerExternalId());
            return apply(message, session -> erp.contract(session, tenant, contract));
        }
        if (message.is(IngestMessages.ERP_AMENDMENT)) {
            var amendment = valid(message, IngestMessages.ERP_AMENDMENT);
            requireKey(record, amendment.customerExternalId());
            return apply(message, session -> erp.amendment(session, tenant, amendment));
        }
        throw new InvalidMessageException("unknown ERP message type '" + message.headers().type() + "'; known: "
                + IngestMessages.ALL.stream().map(MessageType::name).toList());
    }

    private Uni<Void> apply(IncomingMessage message, java.util.function.Function<Mutiny.Session, Uni<Applied>> work) {
        return idempotent.apply(CONSUMER, message, session -> work.apply(session).invoke(applied -> {
            if (applied.outcome() == Applied.Outcome.REJECTED) {
                throw applied.retryable() ? new ErpRejectedException(applied.reason())
                        : new InvalidMessageException(applied.reason());
            }
        }));
    }

    static <T> T valid(IncomingMessage message, MessageType<T> type) {
        List<String> violations = ContractSchemas.violations(type, message.payload());
        if (!violations.isEmpty()) {
            throw new InvalidMessageException("payload does not match " + type.schemaPath() + ": " + violations);
        }
        return message.payload(type);
    }

    private static void requireKey(ConsumerRecord<String, String> record, String customerExternalId) {
        if (!customerExternalId.equals(record.key())) {
            throw new InvalidMessageException("record key '" + record.key() + "' is not the customer external id '"
                    + customerExternalId + "'");
        }
    }
}
