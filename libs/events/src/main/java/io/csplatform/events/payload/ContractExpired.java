package io.csplatform.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** {@code contract.expired}: the contract's end date passed without a renewal (found by the daily sweep). */
public record ContractExpired(UUID contractId, UUID customerId, LocalDate endDate, BigDecimal mrr, String currency) {
}
