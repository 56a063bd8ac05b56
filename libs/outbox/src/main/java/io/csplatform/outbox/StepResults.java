package io.csplatform.outbox;

import io.csplatform.events.ActionMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ActionResult;
import io.csplatform.events.payload.ExecutionStep;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.UUID;

/**
 * How the service that owns an effect tells the playbook runtime what became of a playbook step: an
 * {@code action.result} on {@code cs.actions.results.v1}, caused by the step's command, written in the same
 * transaction as the effect. A command without a step (a user's or an integration's) reports nothing.
 */
@ApplicationScoped
public class StepResults {

    private final Outbox outbox;
    private final Clock clock;

    public StepResults(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The effect exists: {@code detail} says which (e.g. "task 8f1c... created"). */
    public Uni<Void> succeeded(Mutiny.Session session, EventHeaders command, ExecutionStep step, UUID customerId,
                               String detail) {
        return report(session, command, step, customerId, ActionResult.Status.SUCCEEDED, detail);
    }

    /** The effect cannot exist: {@code reason} is the owner's. */
    public Uni<Void> failed(Mutiny.Session session, EventHeaders command, ExecutionStep step, UUID customerId,
                            String reason) {
        return report(session, command, step, customerId, ActionResult.Status.FAILED, reason);
    }

    /** Nothing to do, on purpose (nobody to send to, ...): {@code reason} says why. */
    public Uni<Void> skipped(Mutiny.Session session, EventHeaders command, ExecutionStep step, UUID customerId,
                             String reason) {
        return report(session, command, step, customerId, ActionResult.Status.SKIPPED, reason);
    }

    public Uni<Void> report(Mutiny.Session session, EventHeaders command, ExecutionStep step, UUID customerId,
                            ActionResult.Status status, String detail) {
        if (step == null) {
            return Uni.createFrom().voidItem();
        }
        return outbox.publishCausedBy(session, command, Topic.ACTIONS_RESULTS, ActionMessages.ACTION_RESULT, customerId,
                        new ActionResult(step, customerId, command.type(), status, detail, clock.instant()))
                .invoke(() -> PlatformMeters.actionResult(command.type(), status.name()))
                .replaceWithVoid();
    }
}
