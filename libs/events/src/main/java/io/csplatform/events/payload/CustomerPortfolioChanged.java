package io.csplatform.events.payload;

import java.util.UUID;

/** {@code customer.portfolio.changed}: the customer moved between portfolios (carteiras); null means none. */
public record CustomerPortfolioChanged(UUID customerId, UUID fromPortfolioId, UUID toPortfolioId) {
}
