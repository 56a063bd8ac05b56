package io.csplatform.events.payload;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * {@code healthscore.set}: a manual change of the customer's health score, to {@code value} or by {@code delta}
 * (exactly one of them), with the reason and who decided it (the playbook, for a step).
 */
public record HealthScoreSet(ExecutionStep source, UUID customerId, BigDecimal value, BigDecimal delta, String reason,
                             String author) {
}
