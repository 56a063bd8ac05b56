package io.csplatform.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code erp.payment}: the charge {@code chargeExternalId} was paid. */
public record ErpPayment(String customerExternalId, String chargeExternalId, String externalId, long version,
                         BigDecimal amount, LocalDate paidDate) {
}
