package io.csplatform.actions.command;

import io.csplatform.events.JourneyMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.SetJourney;
import jakarta.inject.Singleton;

import java.util.UUID;

/** {@code journey.set}: carried out by journeys, which reports the step. */
@Singleton
public class JourneySetExecutor extends ForwardToOwner<SetJourney> {

    public JourneySetExecutor() {
        super(JourneyMessages.SET_JOURNEY, Topic.JOURNEYS_COMMANDS);
    }

    @Override
    protected UUID customerId(SetJourney command) {
        return command.customerId();
    }
}
