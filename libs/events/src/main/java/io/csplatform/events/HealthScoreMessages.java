package io.csplatform.events;

import io.csplatform.events.MessageType.Kind;
import io.csplatform.events.payload.HealthScoreSet;
import io.csplatform.events.payload.HealthScoreChanged;
import io.csplatform.events.payload.RiskClosed;
import io.csplatform.events.payload.RiskFlagged;
import io.csplatform.events.payload.RiskPlanUpdated;

import java.util.List;

/** Events of the health-score service (scores; churn risks and their recovery plans) ({@code cs.healthscore.events.v1}). */
public final class HealthScoreMessages {

    public static final MessageType<HealthScoreChanged> HEALTHSCORE_CHANGED =
            new MessageType<>("healthscore.changed", HealthScoreChanged.class, Kind.EVENT);
    public static final MessageType<HealthScoreSet> HEALTHSCORE_SET =
            new MessageType<>("healthscore.set", HealthScoreSet.class, Kind.COMMAND);
    public static final MessageType<RiskFlagged> RISK_FLAGGED =
            new MessageType<>("risk.flagged", RiskFlagged.class, Kind.EVENT);
    public static final MessageType<RiskPlanUpdated> RISK_PLAN_UPDATED =
            new MessageType<>("risk.plan.updated", RiskPlanUpdated.class, Kind.EVENT);
    public static final MessageType<RiskClosed> RISK_CLOSED =
            new MessageType<>("risk.closed", RiskClosed.class, Kind.EVENT);
    public static final List<MessageType<?>> ALL = List.of(HEALTHSCORE_CHANGED, HEALTHSCORE_SET, RISK_FLAGGED,
            RISK_PLAN_UPDATED, RISK_CLOSED);

    private HealthScoreMessages() {
    }
}
