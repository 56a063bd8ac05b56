package io.csplatform.actions.command;

import io.csplatform.events.CustomerMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.OwnerAssign;
import jakarta.inject.Singleton;

import java.util.UUID;

/** {@code owner.assign}: carried out by customers, which reports the step. */
@Singleton
public class OwnerAssignExecutor extends ForwardToOwner<OwnerAssign> {

    public OwnerAssignExecutor() {
        super(CustomerMessages.OWNER_ASSIGN, Topic.CUSTOMERS_COMMANDS);
    }

    @Override
    protected UUID customerId(OwnerAssign command) {
        return command.customerId();
    }
}
