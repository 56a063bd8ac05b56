package io.csplatform.actions.command;

import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.outbox.IdempotentConsumer;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Thin adapter for {@code cs.actions.commands.v1}: each command goes to the executor of its type (one per catalog
 * action) and its transactional part commits once (inbox keyed by ce_id). A failing command is retried with
 * exponential backoff, then parked on {@code cs.actions.commands.v1.dlq} with the reason, which turns its step FAILED.
 */
@ApplicationScoped
public class ActionCommandsConsumer {

    private static final String CONSUMER = "actions.commands";

    private final IdempotentConsumer idempotent;
    private final Map<String, Executor> executors;

    public ActionCommandsConsumer(IdempotentConsumer idempotent, Instance<Executor> executors) {
        this.idempotent = idempotent;
        this.executors = executors.stream().collect(Collectors.toMap(e -> e.type().name(), Function.identity()));
    }

    @Incoming("action-commands")
    @Retry(maxRetries = 4, delay = 500, abortOn = InvalidMessageException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 10_000)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        Executor executor = executors.get(message.headers().type());
        if (executor == null) {
            throw new InvalidMessageException("no executor for action " + message.headers().type());
        }
        return executor.prepare(message).chain(work -> idempotent.apply(CONSUMER, message, work));
    }
}
