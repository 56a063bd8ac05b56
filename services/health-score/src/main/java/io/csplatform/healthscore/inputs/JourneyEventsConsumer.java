package io.csplatform.healthscore.inputs;

import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.JourneyMessages;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;

/**
 * Thin adapter for {@code cs.journeys.events.v1}: journey task created / scheduled / completed / reopened (overdue
 * tasks); others skipped.
 */
@ApplicationScoped
public class JourneyEventsConsumer {

    private static final String CONSUMER = "health-score.journeys";

    private final InputChanges changes;
    private final TaskProjection tasks;

    public JourneyEventsConsumer(InputChanges changes, TaskProjection tasks) {
        this.changes = changes;
        this.tasks = tasks;
    }

    @Incoming("journey-events")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        String tenant = message.headers().tenantId();
        Instant at = message.headers().time();
        if (message.is(JourneyMessages.JOURNEY_TASK_CREATED)) {
            var t = message.payload(JourneyMessages.JOURNEY_TASK_CREATED);
            return changes.apply(CONSUMER, message, t.customerId(),
                    s -> tasks.upsert(s, tenant, t.taskId(), t.customerId(), t.dueDate(), false, at));
        }
        if (message.is(JourneyMessages.JOURNEY_TASK_SCHEDULED)) {
            var t = message.payload(JourneyMessages.JOURNEY_TASK_SCHEDULED);
            return changes.apply(CONSUMER, message, t.customerId(),
                    s -> tasks.rescheduled(s, tenant, t.taskId(), t.customerId(), t.dueDate(), at));
        }
        if (message.is(JourneyMessages.JOURNEY_TASK_COMPLETED)) {
            var t = message.payload(JourneyMessages.JOURNEY_TASK_COMPLETED);
            return changes.apply(CONSUMER, message, t.customerId(),
                    s -> tasks.upsert(s, tenant, t.taskId(), t.customerId(), t.dueDate(), true, at));
        }
        if (message.is(JourneyMessages.JOURNEY_TASK_REOPENED)) {
            var t = message.payload(JourneyMessages.JOURNEY_TASK_REOPENED);
            return changes.apply(CONSUMER, message, t.customerId(),
                    s -> tasks.upsert(s, tenant, t.taskId(), t.customerId(), t.dueDate(), false, at));
        }
        return InputChanges.skip();
    }
}
