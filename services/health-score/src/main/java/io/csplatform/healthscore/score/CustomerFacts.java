package io.csplatform.healthscore.score;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the platform knows of one customer when its score is computed, read from this service's projections: the
 * tenant's {@code today}, the last days of usage, survey answers, tickets, overdue charges and tasks, running
 * contracts and manual changes. The input of the pure evaluator.
 */
public record CustomerFacts(LocalDate today, Instant now, List<UsageDay> usage, List<SurveyAnswer> answers,
                            int openTickets, List<Instant> slaBreaches, List<OverdueCharge> overdueCharges,
                            List<OverdueTask> overdueTasks, List<RunningContract> contracts,
                            List<Adjustment> adjustments) {

    /** A day of usage: the day's absolute total and distinct users. */
    public record UsageDay(LocalDate day, long total, int users) {
    }

    /** An NPS (0..10) or CSAT (1..5) answer. */
    public record SurveyAnswer(String kind, int score, Instant answeredAt) {
    }

    /** An unpaid charge past its due date. */
    public record OverdueCharge(UUID chargeId, BigDecimal amount, String currency, LocalDate dueDate) {
    }

    /** An open journey task past its due date. */
    public record OverdueTask(UUID taskId, LocalDate dueDate) {
    }

    /** A contract still running, with its end date (null: open-ended). */
    public record RunningContract(UUID contractId, LocalDate endDate) {
    }

    /** A manual change: to {@code value} or by {@code delta}, with its reason and author. */
    public record Adjustment(UUID id, BigDecimal value, BigDecimal delta, String reason, String author, Instant at) {
    }
}
