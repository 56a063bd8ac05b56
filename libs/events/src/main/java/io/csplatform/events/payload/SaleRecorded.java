package io.csplatform.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code sale.recorded}: a one-off (transactional) sale was recorded. The totals and counts are the customer's sales in
 * the sale's currency for its calendar month and year, this sale included, so the runtime never sums sales itself.
 */
public record SaleRecorded(UUID saleId, UUID customerId, String externalId, String product, BigDecimal amount,
                           String currency, LocalDate soldOn, BigDecimal monthTotal, int monthSales,
                           BigDecimal yearTotal, int yearSales) {
}
