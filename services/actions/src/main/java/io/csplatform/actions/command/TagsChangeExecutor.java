package io.csplatform.actions.command;

import io.csplatform.events.CustomerMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.TagsChange;
import jakarta.inject.Singleton;

import java.util.UUID;

/** {@code tags.change}: carried out by customers, which reports the step. */
@Singleton
public class TagsChangeExecutor extends ForwardToOwner<TagsChange> {

    public TagsChangeExecutor() {
        super(CustomerMessages.TAGS_CHANGE, Topic.CUSTOMERS_COMMANDS);
    }

    @Override
    protected UUID customerId(TagsChange command) {
        return command.customerId();
    }
}
