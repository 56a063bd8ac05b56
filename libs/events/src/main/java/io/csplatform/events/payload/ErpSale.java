package io.csplatform.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code erp.sale}: a one-off (transactional) sale, recorded once per {@code externalId}. */
public record ErpSale(String customerExternalId, String externalId, long version, String product, BigDecimal amount,
                      String currency, LocalDate soldOn) {
}
