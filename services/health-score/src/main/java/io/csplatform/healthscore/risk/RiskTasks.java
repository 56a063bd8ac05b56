package io.csplatform.healthscore.risk;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Links plan actions to their tasks in journeys: the task created by an action's command (its ce_causationid) is the
 * action's task; that task completed marks the action done and publishes risk.plan.updated. Tasks of no action are
 * not ours and change nothing.
 */
@ApplicationScoped
public class RiskTasks {

    private final RiskService service;
    private final Clock clock;

    public RiskTasks(RiskService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** The task {@code taskId} was created by command {@code commandId}. */
    public Uni<Void> created(Mutiny.Session session, String tenantId, UUID commandId, UUID taskId) {
        if (commandId == null) {
            return Uni.createFrom().voidItem();
        }
        return session.createMutationQuery(
                        "update RiskAction set taskId = :task where tenantId = :tenant and commandId = :command")
                .setParameter("task", taskId).setParameter("tenant", tenantId).setParameter("command", commandId)
                .executeUpdate().replaceWithVoid();
    }

    /** The task was completed at {@code at}: its action is done (once), with the plan's progress published. */
    public Uni<Void> completed(Mutiny.Session session, String tenantId, UUID taskId, Instant at) {
        return session.createSelectionQuery("from RiskAction where tenantId = :tenant and taskId = :task and doneAt is null",
                        RiskAction.class)
                .setParameter("tenant", tenantId).setParameter("task", taskId).getSingleResultOrNull()
                .onItem().ifNotNull().transformToUni(action -> RiskQueries.load(session, tenantId, action.riskId,
                        LockModeType.PESSIMISTIC_WRITE).chain(risk -> {
                    action.doneAt = (at != null ? at : clock.instant()).truncatedTo(ChronoUnit.MICROS);
                    if (risk == null || !risk.open()) {
                        return session.flush();
                    }
                    risk.touch("journeys", clock.instant().truncatedTo(ChronoUnit.MICROS));
                    return service.changed(session, risk, "action-done", null, "'" + action.title + "' done (task "
                            + taskId + ")");
                }))
                .replaceWithVoid();
    }
}
