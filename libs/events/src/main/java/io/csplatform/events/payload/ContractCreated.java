package io.csplatform.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code contract.created}: a new contract was registered for a customer. */
public record ContractCreated(UUID contractId, UUID customerId, String externalId, BigDecimal mrr, String currency,
                              LocalDate startDate, LocalDate endDate, String status, String plan, List<String> products,
                              Integer users, Boolean autoRenew) {
}
