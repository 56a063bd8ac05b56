package io.csplatform.finance.erp;

import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.IngestMessages;
import io.csplatform.events.InvalidMessageException;
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
 * topic's): applies charges, payments and sales once each (inbox by {@code ce_id}), many per transaction and each
 * customer's in their order ({@link CommitGroups}).
 * Every other message is the contracts service's, which also parks messages of unknown type or without readable
 * headers. A payload failing its schema, a key that is not the customer's external id, an older version, an unknown
 * charge or an unknown customer (after retries) is parked on {@code cs.ingest.erp.v1.dlq} with the reason in the
 * {@code dead-letter-reason} header.
 */
@ApplicationScoped
public class ErpIngestConsumer {

    private static final String CONSUMER = "finance.erp-ingest";

    private final ErpIngest ingest;
    private final ErpFinance erp;
    private final CommitGroups groups;

    public ErpIngestConsumer(ErpIngest ingest, CustomerDirectory customers, ErpFinance erp) {
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
        IncomingMessage message;
        try {
            message = IncomingMessage.fromTenantTopic(record);
        } catch (InvalidMessageException e) {
            return null; // parked by the contracts service, which reads every ERP message
        }
        String tenant = message.headers().tenantId();
        if (message.is(IngestMessages.ERP_CHARGE)) {
            var charge = ErpIngest.valid(message, IngestMessages.ERP_CHARGE);
            ErpIngest.requireKey(record, charge.customerExternalId());
            return new ErpIngest.Planned(message, session -> erp.charge(session, tenant, charge));
        }
        if (message.is(IngestMessages.ERP_PAYMENT)) {
            var payment = ErpIngest.valid(message, IngestMessages.ERP_PAYMENT);
            ErpIngest.requireKey(record, payment.customerExternalId());
            return new ErpIngest.Planned(message, session -> erp.payment(session, tenant, payment));
        }
        if (message.is(IngestMessages.ERP_SALE)) {
            var sale = ErpIngest.valid(message, IngestMessages.ERP_SALE);
            ErpIngest.requireKey(record, sale.customerExternalId());
            return new ErpIngest.Planned(message, session -> erp.sale(session, tenant, sale));
        }
        return null;
    }
}
