package io.csplatform.healthscore.risk;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.HealthScoreMessages;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.Assignee;
import io.csplatform.events.payload.BoardTaskCreate;
import io.csplatform.events.payload.RiskClosed;
import io.csplatform.events.payload.RiskFlagged;
import io.csplatform.events.payload.RiskPlanUpdated;
import io.csplatform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** What the risk part publishes (events on cs.healthscore.events.v1, task commands), through the caller's outbox. */
@ApplicationScoped
public class RiskEvents {

    /** A plan action's card starts at this local time on its due date and lasts an hour. */
    static final LocalTime TASK_START = LocalTime.of(9, 0);
    static final int TASK_MINUTES = 60;
    static final String LABEL = "risk";

    private final Outbox outbox;

    public RiskEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    Uni<EventHeaders> flagged(Mutiny.Session session, Risk r) {
        return outbox.publish(session, Topic.HEALTHSCORE_EVENTS, HealthScoreMessages.RISK_FLAGGED, r.tenantId, r.customerId,
                new RiskFlagged(r.id, r.customerId, r.reason, r.diagnosis, r.notes, r.flaggedBy, r.flaggedAt));
    }

    Uni<EventHeaders> planUpdated(Mutiny.Session session, Risk r, String change, Progress progress, String by) {
        return outbox.publish(session, Topic.HEALTHSCORE_EVENTS, HealthScoreMessages.RISK_PLAN_UPDATED, r.tenantId,
                r.customerId, new RiskPlanUpdated(r.id, r.customerId, change, r.planStartsOn, r.planEndsOn, r.planGoal,
                        progress.total(), progress.done(), progress.overdue(), by, r.updatedAt));
    }

    Uni<EventHeaders> closed(Mutiny.Session session, Risk r, int daysOpen) {
        return outbox.publish(session, Topic.HEALTHSCORE_EVENTS, HealthScoreMessages.RISK_CLOSED, r.tenantId, r.customerId,
                new RiskClosed(r.id, r.customerId, r.reason, r.outcome, r.outcomeOn, r.outcomeValue, r.outcomeCurrency,
                        daysOpen, r.closedBy, r.closedAt));
    }

    /** board.task.create for the action's owner (no playbook step: a user's plan); its ce_id links task and action. */
    Uni<EventHeaders> taskCommand(Mutiny.Session session, Risk r, RiskAction a, ZoneId zone) {
        return outbox.publish(session, Topic.JOURNEYS_COMMANDS, JourneyMessages.BOARD_TASK_CREATE, r.tenantId,
                r.customerId, new BoardTaskCreate(null, r.customerId, "Risk plan: " + a.title,
                        a.dueOn.atTime(TASK_START).atZone(zone).toInstant(), TASK_MINUTES, false,
                        new Assignee(null, a.ownerUserId), null, List.of(LABEL)));
    }
}
