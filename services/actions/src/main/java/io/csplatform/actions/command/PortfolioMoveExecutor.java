package io.csplatform.actions.command;

import io.csplatform.events.CustomerMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.PortfolioMove;
import jakarta.inject.Singleton;

import java.util.UUID;

/** {@code portfolio.move}: carried out by customers, which reports the step. */
@Singleton
public class PortfolioMoveExecutor extends ForwardToOwner<PortfolioMove> {

    public PortfolioMoveExecutor() {
        super(CustomerMessages.PORTFOLIO_MOVE, Topic.CUSTOMERS_COMMANDS);
    }

    @Override
    protected UUID customerId(PortfolioMove command) {
        return command.customerId();
    }
}
