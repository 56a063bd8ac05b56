package io.csplatform.actions.result;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.EventJson;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.outbox.IdempotentConsumer;
import io.csplatform.outbox.StepResults;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Thin adapter for every command DLQ ({@code cs.<service>.commands.v1.dlq}, this service's own included): a command
 * that kept failing, or that its owner could not apply, was parked there with the reason; its playbook step becomes
 * FAILED with that reason. A parked command without a step (a user's or an integration's) reports nothing.
 */
@ApplicationScoped
public class DeadLetterConsumer {

    private final IdempotentConsumer idempotent;
    private final StepResults results;

    public DeadLetterConsumer(IdempotentConsumer idempotent, StepResults results) {
        this.idempotent = idempotent;
        this.results = results;
    }

    @Incoming("command-dead-letters")
    @Retry(maxRetries = 5, delay = 1000)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message;
        JsonNode payload;
        try {
            message = IncomingMessage.from(record);
            payload = EventJson.MAPPER.readTree(record.value());
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            return Uni.createFrom().voidItem(); // not one of ours: nothing to report
        }
        JsonNode source = payload.path("source");
        if (!source.isObject()) {
            return Uni.createFrom().voidItem();
        }
        ExecutionStep step = EventJson.MAPPER.convertValue(source, ExecutionStep.class);
        UUID customerId = payload.hasNonNull("customerId") ? UUID.fromString(payload.get("customerId").asText()) : null;
        String reason = message.headers().type() + " failed at " + service(record.topic()) + ": " + reason(record);
        return idempotent.apply("actions.dead-letters", message,
                session -> results.failed(session, message.headers(), step, customerId, reason));
    }

    private static String service(String topic) {
        String[] parts = topic.split("\\.");
        return parts.length > 1 ? parts[1] : topic;
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header reason = record.headers().lastHeader("dead-letter-reason");
        Header cause = record.headers().lastHeader("dead-letter-cause");
        String text = reason == null ? "no reason given" : new String(reason.value(), StandardCharsets.UTF_8);
        if (cause != null && !text.contains(new String(cause.value(), StandardCharsets.UTF_8))) {
            text += " (" + new String(cause.value(), StandardCharsets.UTF_8) + ")";
        }
        return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
    }
}
