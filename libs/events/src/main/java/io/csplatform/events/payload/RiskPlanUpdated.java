package io.csplatform.events.payload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code risk.plan.updated}: the recovery plan of an open risk changed ({@code change} says how), with its progress
 * after the change; {@code updatedBy} is null when a task's completion in journeys changed it.
 */
public record RiskPlanUpdated(UUID riskId, UUID customerId, String change, LocalDate startsOn, LocalDate endsOn,
                              String goal, int actionsTotal, int actionsDone, int actionsOverdue, String updatedBy,
                              Instant updatedAt) {
}
