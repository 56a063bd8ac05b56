package io.csplatform.events.payload;

import java.util.UUID;

/** Command {@code portfolio.move}: moves a customer to a portfolio (null: out of any portfolio). */
public record PortfolioMove(ExecutionStep source, UUID customerId, UUID portfolioId) {
}
