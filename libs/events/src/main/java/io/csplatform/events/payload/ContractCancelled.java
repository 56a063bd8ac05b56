package io.csplatform.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** {@code contract.cancelled}: a contract was cancelled; its MRR no longer counts for the customer. */
public record ContractCancelled(UUID contractId, UUID customerId, String reason, LocalDate cancelledOn, BigDecimal mrr,
                                String currency) {
}
