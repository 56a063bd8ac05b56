package io.csplatform.healthscore.inputs;

import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.TrackingMessages;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Thin adapter for {@code cs.tracking.events.v1}: {@code tracking.day.rolled-up} (usage trend); others skipped. */
@ApplicationScoped
public class TrackingEventsConsumer {

    private static final String CONSUMER = "health-score.tracking";

    private final InputChanges changes;
    private final UsageProjection usage;

    public TrackingEventsConsumer(InputChanges changes, UsageProjection usage) {
        this.changes = changes;
        this.usage = usage;
    }

    @Incoming("tracking-events")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        if (!message.is(TrackingMessages.TRACKING_DAY_ROLLED_UP)) {
            return InputChanges.skip();
        }
        var day = message.payload(TrackingMessages.TRACKING_DAY_ROLLED_UP);
        if (day.customerId() == null || day.day() == null) {
            throw new InvalidMessageException("tracking.day.rolled-up without customerId or day");
        }
        return changes.apply(CONSUMER, message, day.customerId(),
                session -> usage.rolledUp(session, message.headers().tenantId(), day));
    }
}
