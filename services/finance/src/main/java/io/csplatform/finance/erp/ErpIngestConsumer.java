package io.csplatform.finance.erp;

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
 * Thin adapter for {@code cs.ingest.erp.v1}: applies charges, payments and sales once each (inbox by {@code ce_id}).
 * Every other message is the contracts service's, which also parks messages of unknown type or without readable
 * headers. A payload failing its schema, a key that is not the customer's external id, an older version, an unknown
 * charge or an unknown customer (after retries) is parked on {@code cs.ingest.erp.v1.dlq} with the reason in the
 * {@code dead-letter-reason} header.
 */
@ApplicationScoped
public class ErpIngestConsumer {

    private static final String CONSUMER = "finance.erp-ingest";

    private final IdempotentConsumer idempotent;
    private final ErpFinance erp;

    public ErpIngestConsumer(IdempotentConsumer idempotent, ErpFinance erp) {
        this.idempotent = idempotent;
        this.erp = erp;
    }

    @Incoming("erp-ingest")
    @Retry(maxRetries = 3, delay = 1000, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message;
        try {
            message = IncomingMessage.from(record);
        } catch (InvalidMessageException e) {
            return Uni.createFrom().voidItem(); // parked by the contracts service, which reads every ERP message
        }
        String tenant = message.headers().tenantId();
        if (message.is(IngestMessages.ERP_CHARGE)) {
            var charge = valid(message, IngestMessages.ERP_CHARGE);
            requireKey(record, charge.customerExternalId());
            return apply(message, session -> erp.charge(session, tenant, charge));
        }
        if (message.is(IngestMessages.ERP_PAYMENT)) {
            var payment = valid(message, IngestMessages.ERP_PAYMENT);
            requireKey(record, payment.customerExternalId());
            return apply(message, session -> erp.payment(session, tenant, payment));
        }
        if (message.is(IngestMessages.ERP_SALE)) {
            var sale = valid(message, IngestMessages.ERP_SALE);
            requireKey(record, sale.customerExternalId());
            return apply(message, session -> erp.sale(session, tenant, sale));
        }
        return Uni.createFrom().voidItem();
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
