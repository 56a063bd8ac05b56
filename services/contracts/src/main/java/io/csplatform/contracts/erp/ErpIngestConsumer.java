package io.csplatform.contracts.erp;

import io.csplatform.events.IncomingMessage;
import io.csplatform.events.IngestMessages;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.MessageType;
import io.csplatform.ingest.ErpIngest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Thin adapter for every tenant's copy of the ERP ingest topic ({@code cs.tenant.<tenant>.ingest.erp.v1}, the tenant is the
 * topic's): applies contracts and amendments once each (inbox by {@code ce_id}).
 * Charges, payments and sales are the finance service's; anything else, a payload failing its schema, a key that
 * is not the customer's external id, an older version or an unknown customer (after retries) is parked on
 * {@code cs.ingest.erp.v1.dlq} with the reason in the {@code dead-letter-reason} header.
 */
@ApplicationScoped
public class ErpIngestConsumer {

    private static final String CONSUMER = "contracts.erp-ingest";

    private final ErpIngest ingest;
    private final ErpContracts erp;

    public ErpIngestConsumer(ErpIngest ingest, ErpContracts erp) {
        this.ingest = ingest;
        this.erp = erp;
    }

    @Incoming("erp-ingest")
    @Retry(maxRetries = 3, delay = 1000, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.fromTenantTopic(record);
        if (IngestMessages.FINANCE.stream().anyMatch(message::is)) {
            return Uni.createFrom().voidItem();
        }
        String tenant = message.headers().tenantId();
        if (message.is(IngestMessages.ERP_CONTRACT)) {
            var contract = ErpIngest.valid(message, IngestMessages.ERP_CONTRACT);
            ErpIngest.requireKey(record, contract.customerExternalId());
            return ingest.apply(CONSUMER, message, session -> erp.contract(session, tenant, contract));
        }
        if (message.is(IngestMessages.ERP_AMENDMENT)) {
            var amendment = ErpIngest.valid(message, IngestMessages.ERP_AMENDMENT);
            ErpIngest.requireKey(record, amendment.customerExternalId());
            return ingest.apply(CONSUMER, message, session -> erp.amendment(session, tenant, amendment));
        }
        throw new InvalidMessageException("unknown ERP message type '" + message.headers().type() + "'; known: "
                + IngestMessages.ERP.stream().map(MessageType::name).toList());
    }
}
