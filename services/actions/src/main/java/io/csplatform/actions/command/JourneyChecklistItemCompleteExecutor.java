package io.csplatform.actions.command;

import io.csplatform.events.JourneyMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.JourneyChecklistItemComplete;
import jakarta.inject.Singleton;

import java.util.UUID;

/** {@code journey.checklist-item.complete}: carried out by journeys, which reports the step. */
@Singleton
public class JourneyChecklistItemCompleteExecutor extends ForwardToOwner<JourneyChecklistItemComplete> {

    public JourneyChecklistItemCompleteExecutor() {
        super(JourneyMessages.JOURNEY_CHECKLIST_ITEM_COMPLETE, Topic.JOURNEYS_COMMANDS);
    }

    @Override
    protected UUID customerId(JourneyChecklistItemComplete command) {
        return command.customerId();
    }
}
