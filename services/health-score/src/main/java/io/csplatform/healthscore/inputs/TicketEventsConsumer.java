package io.csplatform.healthscore.inputs;

import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.TicketMessages;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Thin adapter for {@code cs.tickets.events.v1}: ticket created / status changed / SLA breached; others skipped. */
@ApplicationScoped
public class TicketEventsConsumer {

    private static final String CONSUMER = "health-score.tickets";

    private final InputChanges changes;
    private final TicketProjection tickets;

    public TicketEventsConsumer(InputChanges changes, TicketProjection tickets) {
        this.changes = changes;
        this.tickets = tickets;
    }

    @Incoming("ticket-events")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        String tenant = message.headers().tenantId();
        if (message.is(TicketMessages.TICKET_CREATED)) {
            var t = message.payload(TicketMessages.TICKET_CREATED);
            return changes.apply(CONSUMER, message, t.customerId(), s -> tickets.state(s, tenant, t.ticketId(),
                    t.customerId(), t.closed(), t.priority(), t.createdAt(), t.version()));
        }
        if (message.is(TicketMessages.TICKET_STATUS_CHANGED)) {
            var t = message.payload(TicketMessages.TICKET_STATUS_CHANGED);
            return changes.apply(CONSUMER, message, t.customerId(), s -> tickets.state(s, tenant, t.ticketId(),
                    t.customerId(), t.closed(), t.priority(), null, t.version()));
        }
        if (message.is(TicketMessages.TICKET_SLA_BREACHED)) {
            var t = message.payload(TicketMessages.TICKET_SLA_BREACHED);
            return changes.apply(CONSUMER, message, t.customerId(), s -> tickets.breached(s, tenant, t));
        }
        return InputChanges.skip();
    }
}
