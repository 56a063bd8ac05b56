package io.csplatform.customers.command;

import io.csplatform.events.CustomerMessages;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Thin adapter for {@code cs.customers.commands.v1}: each command applied once, failures retried then dead-lettered. */
@ApplicationScoped
public class CustomerCommandsConsumer {

    private static final String CONSUMER = "customers.commands";

    private final IdempotentConsumer idempotent;
    private final CustomerCommands commands;

    public CustomerCommandsConsumer(IdempotentConsumer idempotent, CustomerCommands commands) {
        this.idempotent = idempotent;
        this.commands = commands;
    }

    @Incoming("customer-commands")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        if (message.is(CustomerMessages.TAGS_CHANGE)) {
            var command = message.payload(CustomerMessages.TAGS_CHANGE);
            return idempotent.apply(CONSUMER, message, session -> commands.changeTags(session, message.headers(), command));
        }
        if (message.is(CustomerMessages.PORTFOLIO_MOVE)) {
            var command = message.payload(CustomerMessages.PORTFOLIO_MOVE);
            return idempotent.apply(CONSUMER, message, session -> commands.movePortfolio(session, message.headers(), command));
        }
        if (message.is(CustomerMessages.OWNER_ASSIGN)) {
            var command = message.payload(CustomerMessages.OWNER_ASSIGN);
            return idempotent.apply(CONSUMER, message, session -> commands.assignOwner(session, message.headers(), command));
        }
        throw new InvalidMessageException("customers does not handle command " + message.headers().type());
    }
}
