package io.csplatform.events.payload;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * {@code customer.mrr.changed}: the customer's MRR (sum over its active contracts) changed; ARR is 12 × MRR.
 * Published by the contracts service so no other service recomputes it.
 */
public record CustomerMrrChanged(UUID customerId, BigDecimal previousMrr, BigDecimal mrr, BigDecimal arr,
                                 String currency) {
}
