package io.csplatform.actions.command;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.ActionMessages;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ActionResult;
import io.csplatform.events.payload.EmailMainContact;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.JourneyTaskCreate;
import io.csplatform.outbox.IdempotentConsumer;
import io.csplatform.outbox.Outbox;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.UUID;

/**
 * Executes action commands once each: e-mail goes out over SMTP, domain changes go to their owning service
 * as commands; every step's result goes back to the runtime on {@code cs.actions.results.v1}.
 */
@ApplicationScoped
public class ActionCommandsConsumer {

    private final IdempotentConsumer idempotent;
    private final Outbox outbox;
    private final ReactiveMailer mailer;
    private final Templates templates;
    private final Clock clock;

    public ActionCommandsConsumer(IdempotentConsumer idempotent, Outbox outbox, ReactiveMailer mailer,
                                  Templates templates, Clock clock) {
        this.idempotent = idempotent;
        this.outbox = outbox;
        this.mailer = mailer;
        this.templates = templates;
        this.clock = clock;
    }

    @Incoming("action-commands")
    @Retry(maxRetries = 3, delay = 1000, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        if (message.is(ActionMessages.EMAIL_MAIN_CONTACT)) {
            EmailMainContact command = message.payload(ActionMessages.EMAIL_MAIN_CONTACT);
            return idempotent.apply("actions.commands", message, session -> email(session, message.headers(), command));
        }
        if (message.is(JourneyMessages.JOURNEY_TASK_CREATE)) {
            JourneyTaskCreate command = message.payload(JourneyMessages.JOURNEY_TASK_CREATE);
            return idempotent.apply("actions.commands", message, session -> outbox
                    .publishCausedBy(session, message.headers(), Topic.JOURNEYS_COMMANDS, JourneyMessages.JOURNEY_TASK_CREATE,
                            command.customerId(), command)
                    .chain(() -> result(session, message.headers(), command.source(), command.customerId(),
                            JourneyMessages.JOURNEY_TASK_CREATE.name(), ActionResult.Status.SUCCEEDED,
                            "task creation sent to journeys")));
        }
        throw new InvalidMessageException("no executor for action " + message.headers().type());
    }

    private Uni<Void> email(Mutiny.Session session, EventHeaders headers, EmailMainContact command) {
        var subject = templates.render(command.subject(), command.variables());
        var body = templates.render(command.body(), command.variables());
        String type = ActionMessages.EMAIL_MAIN_CONTACT.name();
        if (subject.text().isEmpty() || body.text().isEmpty()) {
            String error = subject.error() != null ? subject.error() : body.error();
            return result(session, headers, command.source(), command.customerId(), type, ActionResult.Status.FAILED,
                    "template cannot be rendered: " + error);
        }
        Mail mail = Mail.withText(command.to().email(), subject.text().get(), body.text().get());
        return mailer.send(mail)
                .chain(() -> result(session, headers, command.source(), command.customerId(), type,
                        ActionResult.Status.SUCCEEDED, "sent to " + command.to().email()));
    }

    private Uni<Void> result(Mutiny.Session session, EventHeaders cause, ExecutionStep step, UUID customerId,
                             String actionType, ActionResult.Status status, String detail) {
        if (step == null) {
            return Uni.createFrom().voidItem();
        }
        return outbox.publishCausedBy(session, cause, Topic.ACTIONS_RESULTS, ActionMessages.ACTION_RESULT, customerId,
                        new ActionResult(step, customerId, actionType, status, detail, clock.instant()))
                .replaceWithVoid();
    }
}
