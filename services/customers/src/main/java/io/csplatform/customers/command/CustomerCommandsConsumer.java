package io.csplatform.customers.command;

import io.csplatform.events.CustomerMessages;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.outbox.IdempotentConsumer;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Thin adapter for {@code cs.customers.commands.v1}: each command applied once; one that cannot apply is
 * dead-lettered with "&lt;type&gt; cannot be applied: &lt;reason&gt;", other failures retried first.
 */
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
        return idempotent.apply(CONSUMER, message, handlerOf(message))
                .onFailure(e -> e instanceof ProblemException || e instanceof InvalidMessageException)
                .transform(e -> new InvalidMessageException(message.headers().type() + " cannot be applied: "
                        + reason(e), e));
    }

    private Function<Mutiny.Session, Uni<?>> handlerOf(IncomingMessage message) {
        if (message.is(CustomerMessages.TAGS_CHANGE)) {
            var command = message.payload(CustomerMessages.TAGS_CHANGE);
            return session -> commands.changeTags(session, message.headers(), command);
        }
        if (message.is(CustomerMessages.PORTFOLIO_MOVE)) {
            var command = message.payload(CustomerMessages.PORTFOLIO_MOVE);
            return session -> commands.movePortfolio(session, message.headers(), command);
        }
        if (message.is(CustomerMessages.OWNER_ASSIGN)) {
            var command = message.payload(CustomerMessages.OWNER_ASSIGN);
            return session -> commands.assignOwner(session, message.headers(), command);
        }
        throw new InvalidMessageException("customers does not handle command " + message.headers().type());
    }

    /** A problem's field errors ("tags[0]: must be ..."), or its detail when it names no field. */
    private static String reason(Throwable e) {
        if (!(e instanceof ProblemException problem)) {
            return e.getMessage();
        }
        String fields = problem.problem().errors() == null ? "" : problem.problem().errors().stream()
                .map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        return fields.isEmpty() ? e.getMessage() : fields;
    }
}
