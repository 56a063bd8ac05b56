package io.csplatform.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code charge.overdue}: an open charge passed its due date unpaid (found by the daily sweep; once per charge).
 * {@code overdueCharges} is how many overdue charges the customer has now, this one included.
 */
public record ChargeOverdue(UUID chargeId, UUID customerId, String externalId, BigDecimal amount, String currency,
                            LocalDate dueDate, int overdueCharges) {
}
