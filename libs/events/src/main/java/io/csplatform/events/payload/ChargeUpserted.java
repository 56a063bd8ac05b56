package io.csplatform.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** {@code charge.upserted}: a charge (cobrança) was created or changed; {@code previousStatus} is set on changes. */
public record ChargeUpserted(UUID chargeId, UUID customerId, String externalId, String contractExternalId,
                             Change change, BigDecimal amount, String currency, LocalDate dueDate, String status,
                             String previousStatus, LocalDate paidDate) {

    public enum Change {
        CREATED, CHANGED
    }
}
