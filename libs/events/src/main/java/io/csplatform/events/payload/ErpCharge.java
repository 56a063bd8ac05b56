package io.csplatform.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code erp.charge}: the ERP's current view of a charge (cobrança), upserted by {@code externalId}, ordered by {@code version}. */
public record ErpCharge(String customerExternalId, String externalId, long version, String contractExternalId,
                        BigDecimal amount, String currency, LocalDate dueDate, String status, LocalDate paidDate) {
}
