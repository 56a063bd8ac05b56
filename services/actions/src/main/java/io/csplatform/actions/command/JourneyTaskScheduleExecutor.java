package io.csplatform.actions.command;

import io.csplatform.events.JourneyMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.JourneyTaskSchedule;
import jakarta.inject.Singleton;

import java.util.UUID;

/** {@code journey.task.schedule}: carried out by journeys, which reports the step. */
@Singleton
public class JourneyTaskScheduleExecutor extends ForwardToOwner<JourneyTaskSchedule> {

    public JourneyTaskScheduleExecutor() {
        super(JourneyMessages.JOURNEY_TASK_SCHEDULE, Topic.JOURNEYS_COMMANDS);
    }

    @Override
    protected UUID customerId(JourneyTaskSchedule command) {
        return command.customerId();
    }
}
