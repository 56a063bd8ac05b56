package io.csplatform.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** {@code contract.renewed}: a contract got a new term, by request or automatically when it reached its end date. */
public record ContractRenewed(UUID contractId, UUID customerId, LocalDate previousEndDate, LocalDate startDate,
                              LocalDate endDate, BigDecimal mrr, String currency, boolean automatic) {
}
