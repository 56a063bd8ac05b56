package io.csplatform.journeys.command;

import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.outbox.IdempotentConsumer;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.stream.Collectors;

/**
 * Thin adapter for {@code cs.journeys.commands.v1}: each command applied once (inbox keyed by ce_id); a command
 * that cannot apply (unknown task, rule violated) is dead-lettered with "&lt;type&gt; cannot be applied: &lt;reason&gt;",
 * other failures retried first.
 */
@ApplicationScoped
public class JourneyCommandsConsumer {

    private static final String CONSUMER = "journeys.commands";

    private final IdempotentConsumer idempotent;
    private final JourneyCommandHandlers handlers;

    public JourneyCommandsConsumer(IdempotentConsumer idempotent, JourneyCommandHandlers handlers) {
        this.idempotent = idempotent;
        this.handlers = handlers;
    }

    @Incoming("journey-commands")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        var handler = handlers.handlerOf(message);
        return idempotent.apply(CONSUMER, message, handler)
                .onFailure(e -> e instanceof ProblemException || e instanceof InvalidMessageException)
                .transform(e -> new InvalidMessageException(message.headers().type() + " cannot be applied: "
                        + reason(e), e));
    }

    /** A problem's field errors ("durationMinutes: must be ..."), or its detail when it names no field. */
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
