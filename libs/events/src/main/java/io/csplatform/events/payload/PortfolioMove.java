package io.csplatform.events.payload;

import java.util.UUID;

/**
 * Command {@code portfolio.move}: moves a customer to a portfolio (null: out of any portfolio); {@code source} is the
 * playbook step that asked for it, if any.
 */
public record PortfolioMove(ExecutionStep source, UUID customerId, UUID portfolioId) {
}
