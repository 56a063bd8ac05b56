package io.csplatform.tickets.helpdesk;

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
 * Thin adapter for every tenant's copy of the helpdesk ingest topic ({@code cs.tenant.<tenant>.ingest.helpdesk.v1}):
 * applies each ticket once (inbox by tenant and {@code ce_id}), the tenant from the topic. Parked on {@code cs.ingest.helpdesk.v1.dlq} with the reason in the {@code dead-letter-reason}
 * header: unreadable headers, an unknown type, a payload failing its schema, a key that is not the customer's external
 * id, a status the tenant does not have, a ticket of another customer, an unknown customer (after retries).
 */
@ApplicationScoped
public class HelpdeskIngestConsumer {

    private static final String CONSUMER = "tickets.helpdesk-ingest";

    private final ErpIngest ingest;
    private final HelpdeskTickets helpdesk;

    public HelpdeskIngestConsumer(ErpIngest ingest, HelpdeskTickets helpdesk) {
        this.ingest = ingest;
        this.helpdesk = helpdesk;
    }

    @Incoming("helpdesk-ingest")
    @Retry(maxRetries = 3, delay = 1000, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.fromTenantTopic(record);
        if (!message.is(IngestMessages.HELPDESK_TICKET)) {
            throw new InvalidMessageException("unknown helpdesk message type '" + message.headers().type() + "'; known: "
                    + IngestMessages.HELPDESK.stream().map(MessageType::name).toList());
        }
        var ticket = ErpIngest.valid(message, IngestMessages.HELPDESK_TICKET);
        ErpIngest.requireKey(record, ticket.customerExternalId());
        return ingest.apply(CONSUMER, message, session -> helpdesk.apply(session, message.headers().tenantId(), ticket));
    }
}
