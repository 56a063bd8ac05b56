package io.csplatform.healthscore.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A risk as the API shows it; lists leave {@code followUps} empty. */
public record RiskView(UUID id, UUID customerId, String status, String reason, String diagnosis, String notes,
                       String flaggedBy, Instant flaggedAt, Plan plan, List<Action> actions, List<FollowUp> followUps,
                       Progress progress, Outcome outcome, long daysOpen, long version, String updatedBy,
                       Instant updatedAt) {

    public record Plan(LocalDate startsOn, LocalDate endsOn, String goal, String progressReport) {
    }

    public record Action(UUID id, String title, String ownerUserId, LocalDate dueOn, String goal, UUID taskId,
                         boolean done, Instant doneAt, boolean overdue) {
    }

    public record FollowUp(UUID id, String note, String createdBy, Instant createdAt) {
    }

    public record Money(BigDecimal amount, String currency) {
    }

    public record Outcome(String outcome, LocalDate on, Money value, String closedBy, Instant closedAt) {
    }

    static RiskView of(Risk r, List<RiskAction> actions, List<FollowUp> followUps, LocalDate today, long daysOpen) {
        List<Action> shown = actions.stream().map(a -> new Action(a.id, a.title, a.ownerUserId, a.dueOn, a.goal, a.taskId,
                a.done(), a.doneAt, !a.done() && a.dueOn.isBefore(today))).toList();
        Outcome outcome = r.open() ? null : new Outcome(r.outcome, r.outcomeOn,
                r.outcomeValue == null ? null : new Money(r.outcomeValue, r.outcomeCurrency), r.closedBy, r.closedAt);
        return new RiskView(r.id, r.customerId, r.status.toLowerCase(), r.reason, r.diagnosis, r.notes, r.flaggedBy,
                r.flaggedAt, new Plan(r.planStartsOn, r.planEndsOn, r.planGoal, r.progressReport), shown, followUps,
                Progress.of(actions, today), outcome, daysOpen, r.version, r.updatedBy, r.updatedAt);
    }
}
