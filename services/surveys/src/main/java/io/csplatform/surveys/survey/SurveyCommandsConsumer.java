package io.csplatform.surveys.survey;

import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.SurveyMessages;
import io.csplatform.events.payload.SurveySend;
import io.csplatform.outbox.IdempotentConsumer;
import io.csplatform.outbox.StepResults;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Thin adapter for {@code cs.surveys.commands.v1}: each {@code survey.send} applied once (inbox keyed by ce_id). The
 * step is reported SUCCEEDED by the actions service once the e-mails went out, or SKIPPED here when nobody is left to
 * send to. A command that cannot apply is dead-lettered with "survey.send cannot be applied: &lt;reason&gt;"; a customer
 * not known yet is retried first.
 */
@ApplicationScoped
public class SurveyCommandsConsumer {

    private static final String CONSUMER = "surveys.commands";

    private final IdempotentConsumer idempotent;
    private final SurveySender sender;
    private final StepResults results;

    public SurveyCommandsConsumer(IdempotentConsumer idempotent, SurveySender sender, StepResults results) {
        this.idempotent = idempotent;
        this.sender = sender;
        this.results = results;
    }

    @Incoming("survey-commands")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        if (!message.is(SurveyMessages.SURVEY_SEND)) {
            throw new InvalidMessageException("surveys does not handle command " + message.headers().type());
        }
        SurveySend command = message.payload(SurveyMessages.SURVEY_SEND);
        SurveyKind kind = SurveyKind.parse(command.kind());
        if (kind == null || command.customerId() == null) {
            throw new InvalidMessageException("survey.send cannot be applied: "
                    + (kind == null ? "kind must be NPS or CSAT, not " + command.kind() : "the command has no customerId"));
        }
        return idempotent.apply(CONSUMER, message, session -> apply(session, message, command, kind))
                .onFailure(ProblemException.class).transform(e -> new InvalidMessageException(
                        "survey.send cannot be applied: " + e.getMessage(), e));
    }

    private Uni<Void> apply(Mutiny.Session session, IncomingMessage message, SurveySend command, SurveyKind kind) {
        var headers = message.headers();
        return sender.send(session, headers.tenantId(), headers, kind, command.customerId(), command.to(),
                        command.source())
                .onItem().ifNull().failWith(() -> new IllegalStateException("survey.send cannot be applied: customer "
                        + command.customerId() + " is unknown to the surveys service"))
                .chain(sent -> sent.invitations().isEmpty()
                        ? results.skipped(session, headers, command.source(), command.customerId(), sent.whyNothing())
                        : Uni.createFrom().voidItem());
    }
}
