package io.csplatform.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code erp.contract}: the ERP's current view of a contract, upserted by {@code externalId}. {@code version} grows
 * with every change in the ERP; an older version than the one applied is refused.
 */
public record ErpContract(String customerExternalId, String externalId, long version, String plan,
                          List<String> products, Integer users, BigDecimal mrr, String currency, LocalDate startDate,
                          LocalDate endDate, Boolean autoRenew) {
}
