package io.csplatform.actions.command;

import io.csplatform.events.JourneyMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.JourneyTaskCreate;
import jakarta.inject.Singleton;

import java.util.UUID;

/** {@code journey.task.create}: carried out by journeys, which reports the step. */
@Singleton
public class JourneyTaskCreateExecutor extends ForwardToOwner<JourneyTaskCreate> {

    public JourneyTaskCreateExecutor() {
        super(JourneyMessages.JOURNEY_TASK_CREATE, Topic.JOURNEYS_COMMANDS);
    }

    @Override
    protected UUID customerId(JourneyTaskCreate command) {
        return command.customerId();
    }
}
