package io.csplatform.healthscore.manual;

import io.csplatform.events.HealthScoreMessages;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.payload.HealthScoreSet;
import io.csplatform.outbox.IdempotentConsumer;
import io.csplatform.outbox.StepResults;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Thin adapter for {@code cs.healthscore.commands.v1}: each {@code healthscore.set} applied once (inbox keyed by ce_id),
 * its playbook step reported SUCCEEDED in the change's transaction. A command that cannot apply is dead-lettered with
 * "healthscore.set cannot be applied: &lt;reason&gt;" (which fails its step); a customer not known yet is retried
 * first.
 */
@ApplicationScoped
public class HealthScoreCommandsConsumer {

    private static final String CONSUMER = "health-score.commands";
    private static final String DEFAULT_AUTHOR = "playbook";

    private final IdempotentConsumer idempotent;
    private final ManualChanges changes;
    private final StepResults results;

    public HealthScoreCommandsConsumer(IdempotentConsumer idempotent, ManualChanges changes, StepResults results) {
        this.idempotent = idempotent;
        this.changes = changes;
        this.results = results;
    }

    @Incoming("healthscore-commands")
    @Retry(maxRetries = 3, delay = 500, abortOn = InvalidMessageException.class)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        IncomingMessage message = IncomingMessage.from(record);
        if (!message.is(HealthScoreMessages.HEALTHSCORE_SET)) {
            throw new InvalidMessageException("health-score does not handle command " + message.headers().type());
        }
        HealthScoreSet command = message.payload(HealthScoreMessages.HEALTHSCORE_SET);
        ManualChange change = new ManualChange(command.value(), command.delta(), command.reason());
        var errors = change.errors();
        if (command.customerId() == null || !errors.isEmpty()) {
            throw new InvalidMessageException("healthscore.set cannot be applied: " + (command.customerId() == null
                    ? "the command has no customerId" : errors.get(0).field() + " " + errors.get(0).message()));
        }
        String author = command.author() == null || command.author().isBlank() ? DEFAULT_AUTHOR : command.author();
        var headers = message.headers();
        return idempotent.apply(CONSUMER, message, session -> changes.apply(session, headers.tenantId(),
                        command.customerId(), change, author, headers)
                .onItem().ifNull().failWith(() -> new IllegalStateException("healthscore.set cannot be applied: customer "
                        + command.customerId() + " is unknown to the health-score service"))
                .chain(scored -> results.succeeded(session, headers, command.source(), command.customerId(),
                        "health score " + scored.evaluation().score().toPlainString() + " ("
                                + scored.evaluation().band() + "): " + change.reason().trim())));
    }
}
