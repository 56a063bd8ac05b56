package io.csplatform.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** {@code healthscore.changed}: a customer's health score (0 to 100) changed; the {@code from*} values are null for its first score. */
public record HealthScoreChanged(UUID customerId, @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal fromScore,
                                 BigDecimal toScore, @JsonInclude(JsonInclude.Include.ALWAYS) String fromBand,
                                 String toBand, String reason, Instant changedAt) {
}
