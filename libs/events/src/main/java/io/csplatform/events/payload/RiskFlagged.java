package io.csplatform.events.payload;

import java.time.Instant;
import java.util.UUID;

/** {@code risk.flagged}: a CSM flagged the customer at churn risk, with a reason of the taxonomy and a diagnosis. */
public record RiskFlagged(UUID riskId, UUID customerId, String reason, String diagnosis, String notes, String flaggedBy,
                          Instant flaggedAt) {
}
