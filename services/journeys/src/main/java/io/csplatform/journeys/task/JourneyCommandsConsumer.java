package io.csplatform.journeys.task;

import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.JourneyMessages;
import io.csplatform.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Thin adapter for {@code cs.journeys.commands.v1}: each command applied once, failures retried then dead-lettered. */
@ApplicationScoped
public class JourneyCommandsConsumer {

    private static final String CONSUMER = "journeys.commands";

    private final IdempotentConsumer idempotent;
    private final TaskService tasks;

    public JourneyCommandsConsumer(IdempotentConsumer idempotent, TaskService tasks) {
        this.idempotent = idempotent;
        this.tasks = tasks;
    }

    @Incoming("journey-commands")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        if (!message.is(JourneyMessages.JOURNEY_TASK_CREATE)) {
            throw new InvalidMessageException("journeys does not handle command " + message.headers().type());
        }
        var command = message.payload(JourneyMessages.JOURNEY_TASK_CREATE);
        return idempotent.apply(CONSUMER, message, session -> tasks.create(session, message.headers(), command));
    }
}
