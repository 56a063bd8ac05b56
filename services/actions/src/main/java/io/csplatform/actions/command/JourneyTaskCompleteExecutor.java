package io.csplatform.actions.command;

import io.csplatform.events.JourneyMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.JourneyTaskComplete;
import jakarta.inject.Singleton;

import java.util.UUID;

/** {@code journey.task.complete}: carried out by journeys, which reports the step. */
@Singleton
public class JourneyTaskCompleteExecutor extends ForwardToOwner<JourneyTaskComplete> {

    public JourneyTaskCompleteExecutor() {
        super(JourneyMessages.JOURNEY_TASK_COMPLETE, Topic.JOURNEYS_COMMANDS);
    }

    @Override
    protected UUID customerId(JourneyTaskComplete command) {
        return command.customerId();
    }
}
