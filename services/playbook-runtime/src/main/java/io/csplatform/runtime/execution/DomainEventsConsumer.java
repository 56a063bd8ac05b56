package io.csplatform.runtime.execution;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.EventJson;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.outbox.IdempotentConsumer;
import io.csplatform.runtime.evaluation.TriggerEvent;
import io.csplatform.runtime.facts.FactsProjection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * Every domain topic feeds the facts projection, then may trigger playbooks; each event is applied once (inbox),
 * the projection write and the evaluations in one transaction. A message that keeps failing is parked on
 * {@code <topic>.dlq} with the reason.
 */
@ApplicationScoped
public class DomainEventsConsumer {

    private static final String CONSUMER = "runtime.domain-events";

    private final IdempotentConsumer idempotent;
    private final FactsProjection facts;
    private final ExecutionService executions;

    public DomainEventsConsumer(IdempotentConsumer idempotent, FactsProjection facts, ExecutionService executions) {
        this.idempotent = idempotent;
        this.facts = facts;
        this.executions = executions;
    }

    @Incoming("customer-events")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> customerEvent(ConsumerRecord<String, String> record) {
        return consume(record);
    }

    @Incoming("contract-events")
    @Retry(maxRetries = 10, delay = 1000, abortOn = InvalidMessageException.class)
    public Uni<Void> contractEvent(ConsumerRecord<String, String> record) {
        return consume(record);
    }

    @Incoming("finance-events")
    @Retry(maxRetries = 10, delay = 1000, abortOn = InvalidMessageException.class)
    public Uni<Void> financeEvent(ConsumerRecord<String, String> record) {
        return consume(record);
    }

    @Incoming("journey-events")
    @Retry(maxRetries = 10, delay = 1000, abortOn = InvalidMessageException.class)
    public Uni<Void> journeyEvent(ConsumerRecord<String, String> record) {
        return consume(record);
    }

    @Incoming("ticket-events")
    @Retry(maxRetries = 10, delay = 1000, abortOn = InvalidMessageException.class)
    public Uni<Void> ticketEvent(ConsumerRecord<String, String> record) {
        return consume(record);
    }

    @Incoming("survey-events")
    @Retry(maxRetries = 10, delay = 1000, abortOn = InvalidMessageException.class)
    public Uni<Void> surveyEvent(ConsumerRecord<String, String> record) {
        return consume(record);
    }

    @Incoming("tracking-events")
    @Retry(maxRetries = 10, delay = 1000, abortOn = InvalidMessageException.class)
    public Uni<Void> trackingEvent(ConsumerRecord<String, String> record) {
        return consume(record);
    }

    @Incoming("healthscore-events")
    @Retry(maxRetries = 10, delay = 1000, abortOn = InvalidMessageException.class)
    public Uni<Void> healthScoreEvent(ConsumerRecord<String, String> record) {
        return consume(record);
    }

    private Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        TriggerEvent event = event(message);
        String tenant = message.headers().tenantId();
        return idempotent.apply(CONSUMER, message, session -> CustomerLock.lock(session, tenant, event.customerId())
                .chain(() -> facts.apply(session, tenant, event))
                .chain(() -> "customer.created".equals(event.type())
                        ? executions.release(session, tenant, event.customerId()) : Uni.createFrom().voidItem())
                .chain(() -> executions.onEvent(session, message.headers(), event)));
    }

    /** The event as triggers and the projection read it. */
    public static TriggerEvent event(IncomingMessage message) {
        if (message.headers().tenantId() == null || message.headers().tenantId().isBlank()) {
            throw new InvalidMessageException("ce_tenantid is missing");
        }
        return new TriggerEvent(message.headers().id(), message.headers().type(), customerId(message),
                json(message.payload()), message.headers().time());
    }

    private static UUID customerId(IncomingMessage message) {
        try {
            return UUID.fromString(message.headers().subject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidMessageException("ce_subject is not a customer id: " + message.headers().subject());
        }
    }

    private static JsonNode json(String payload) {
        try {
            return EventJson.MAPPER.readTree(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidMessageException("payload is not JSON", e);
        }
    }
}
