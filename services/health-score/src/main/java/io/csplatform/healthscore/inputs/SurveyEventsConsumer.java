package io.csplatform.healthscore.inputs;

import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.SurveyMessages;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Thin adapter for {@code cs.surveys.events.v1}: NPS and CSAT answers; others skipped. */
@ApplicationScoped
public class SurveyEventsConsumer {

    private static final String CONSUMER = "health-score.surveys";

    private final InputChanges changes;
    private final SurveyProjection answers;

    public SurveyEventsConsumer(InputChanges changes, SurveyProjection answers) {
        this.changes = changes;
        this.answers = answers;
    }

    @Incoming("survey-events")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        String tenant = message.headers().tenantId();
        if (message.is(SurveyMessages.NPS_RESPONSE_RECEIVED)) {
            var a = message.payload(SurveyMessages.NPS_RESPONSE_RECEIVED);
            return changes.apply(CONSUMER, message, a.customerId(), s -> answers.answered(s, tenant, a.responseId(),
                    a.customerId(), "NPS", a.score(), a.answeredAt()));
        }
        if (message.is(SurveyMessages.CSAT_RESPONSE_RECEIVED)) {
            var a = message.payload(SurveyMessages.CSAT_RESPONSE_RECEIVED);
            return changes.apply(CONSUMER, message, a.customerId(), s -> answers.answered(s, tenant, a.responseId(),
                    a.customerId(), "CSAT", a.score(), a.answeredAt()));
        }
        return InputChanges.skip();
    }
}
