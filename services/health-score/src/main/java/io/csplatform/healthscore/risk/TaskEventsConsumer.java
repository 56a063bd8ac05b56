package io.csplatform.healthscore.risk;

import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.JourneyMessages;
import io.csplatform.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.ZoneOffset;

/**
 * Thin adapter for {@code cs.journeys.events.v1} (channel {@code risk-tasks}): board and journey tasks created and
 * completed, for the plan actions they belong to ({@link RiskTasks}). Other types are skipped; a failing message is
 * retried, then parked on {@code cs.journeys.events.v1.dlq} with the reason.
 */
@ApplicationScoped
public class TaskEventsConsumer {

    private static final String CONSUMER = "health-score.risk-tasks";

    private final IdempotentConsumer idempotent;
    private final RiskTasks tasks;

    public TaskEventsConsumer(IdempotentConsumer idempotent, RiskTasks tasks) {
        this.idempotent = idempotent;
        this.tasks = tasks;
    }

    @Incoming("risk-tasks")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        String tenant = message.headers().tenantId();
        if (message.is(JourneyMessages.BOARD_TASK_CREATED)) {
            var created = message.payload(JourneyMessages.BOARD_TASK_CREATED);
            return idempotent.apply(CONSUMER, message, session -> tasks.created(session, tenant,
                    message.headers().causationId(), created.taskId()));
        }
        if (message.is(JourneyMessages.JOURNEY_TASK_CREATED)) {
            var created = message.payload(JourneyMessages.JOURNEY_TASK_CREATED);
            return idempotent.apply(CONSUMER, message, session -> tasks.created(session, tenant,
                    message.headers().causationId(), created.taskId()));
        }
        if (message.is(JourneyMessages.BOARD_TASK_COMPLETED)) {
            var completed = message.payload(JourneyMessages.BOARD_TASK_COMPLETED);
            return idempotent.apply(CONSUMER, message, session -> tasks.completed(session, tenant, completed.taskId(),
                    completed.completedAt()));
        }
        if (message.is(JourneyMessages.JOURNEY_TASK_COMPLETED)) {
            var completed = message.payload(JourneyMessages.JOURNEY_TASK_COMPLETED);
            return idempotent.apply(CONSUMER, message, session -> tasks.completed(session, tenant, completed.taskId(),
                    message.headers().time() != null ? message.headers().time()
                            : completed.completedDate().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return Uni.createFrom().voidItem();
    }
}
