package io.csplatform.tickets.helpdesk;

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
 * Thin adapter for every tenant's copy of the helpdesk ingest topic ({@code cs.tenant.<tenant>.ingest.helpdesk.v1}):
 * applies each ticket once (inbox by tenant and {@code ce_id}), the tenant from the topic, many per transaction and
 * each customer's in their order ({@link CommitGroups}). Parked on {@code cs.ingest.helpdesk.v1.dlq} with the reason in the {@code dead-letter-reason}
 * header: unreadable headers, an unknown type, a payload failing its schema, a key that is not the customer's external
 * id, a status the tenant does not have, a ticket of another customer, an unknown customer (after retries).
 */
@ApplicationScoped
public class HelpdeskIngestConsumer {

    private static final String CONSUMER = "tickets.helpdesk-ingest";

    private final ErpIngest ingest;
    private final HelpdeskTickets helpdesk;
    private final CommitGroups groups;

    public HelpdeskIngestConsumer(ErpIngest ingest, CustomerDirectory customers, HelpdeskTickets helpdesk) {
        this.ingest = ingest;
        this.helpdesk = helpdesk;
        this.groups = ingest.groups(CONSUMER, customers.lockedFirst());
    }

    @Incoming("helpdesk-ingest")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public CompletionStage<Void> consume(Message<String> record) {
        return ingest.consume(CONSUMER, groups, record, this::plan);
    }

    private ErpIngest.Planned plan(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.fromTenantTopic(record);
        if (!message.is(IngestMessages.HELPDESK_TICKET)) {
            throw new InvalidMessageException("unknown helpdesk message type '" + message.headers().type() + "'; known: "
                    + IngestMessages.HELPDESK.stream().map(MessageType::name).toList());
        }
        var ticket = ErpIngest.valid(message, IngestMessages.HELPDESK_TICKET);
        ErpIngest.requireKey(record, ticket.customerExternalId());
        return new ErpIngest.Planned(message, session -> helpdesk.apply(session, message.headers().tenantId(), ticket));
    }
}
