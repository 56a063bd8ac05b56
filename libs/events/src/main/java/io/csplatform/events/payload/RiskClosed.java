package io.csplatform.events.payload;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** {@code risk.closed}: the risk's outcome (retained / churned) on a date, with the value kept or lost and its currency. */
public record RiskClosed(UUID riskId, UUID customerId, String reason, String outcome, LocalDate outcomeOn,
                         BigDecimal value, String currency, int daysOpen, String closedBy, Instant closedAt) {
}
