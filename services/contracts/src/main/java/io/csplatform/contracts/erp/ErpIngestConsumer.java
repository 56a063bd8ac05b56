package io.csplatform.contracts.erp;

import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.IngestMessages;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.MessageType;
import io.csplatform.ingest.ErpIngest;
import io.csplatform.outbox.CommitGroups;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/**
 * Thin adapter for every tenant's copy of the ERP ingest topic ({@code cs.tenant.<tenant>.ingest.erp.v1}, the tenant is the
 * topic's): applies contracts and amendments once each (inbox by {@code ce_id}), many per transaction and each
 * customer's in their order ({@link CommitGroups}).
 * Charges, payments and sales are the finance service's; anything else, a payload failing its schema, a key that
 * is not the customer's external id, an older version or an unknown customer (after retries) is parked on
 * {@code cs.ingest.erp.v1.dlq} with the reason in the {@code dead-letter-reason} header.
 */
@ApplicationScoped
public class ErpIngestConsumer {

    private static final String CONSUMER = "contracts.erp-ingest";

    private final ErpIngest ingest;
    private final ErpContracts erp;
    private final CommitGroups groups;

    public ErpIngestConsumer(ErpIngest ingest, CustomerDirectory customers, ErpContracts erp) {
        this.ingest = ingest;
        this.erp = erp;
        this.groups = ingest.groups(CONSUMER, customers.lockedFirst());
    }

    @Incoming("erp-ingest")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public CompletionStage<Void> consume(Message<String> record) {
        return ingest.consume(CONSUMER, groups, record, this::plan);
    }

    private ErpIngest.Planned plan(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.fromTenantTopic(record);
        if (IngestMessages.FINANCE.stream().anyMatch(message::is)) {
            return null;
        }
        String tenant = message.headers().tenantId();
        if (message.is(IngestMessages.ERP_CONTRACT)) {
            var contract = ErpIngest.valid(message, IngestMessages.ERP_CONTRACT);
            ErpIngest.requireKey(record, contract.customerExternalId());
            return new ErpIngest.Planned(message, session -> erp.contract(session, tenant, contract));
        }
        if (message.is(IngestMessages.ERP_AMENDMENT)) {
            var amendment = ErpIngest.valid(message, IngestMessages.ERP_AMENDMENT);
            ErpIngest.requireKey(record, amendment.customerExternalId());
            return new ErpIngest.Planned(message, session -> erp.amendment(session, tenant, amendment));
        }
        throw new InvalidMessageException("unknown ERP message type '" + message.headers().type() + "'; known: "
                + IngestMessages.ERP.stream().map(MessageType::name).toList());
    }
}
