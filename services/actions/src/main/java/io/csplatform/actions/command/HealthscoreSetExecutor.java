package io.csplatform.actions.command;

import io.csplatform.events.HealthScoreMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.HealthScoreSet;
import jakarta.inject.Singleton;

import java.util.UUID;

/** {@code healthscore.set}: carried out by the health-score service, which reports the step. */
@Singleton
public class HealthscoreSetExecutor extends ForwardToOwner<HealthScoreSet> {

    public HealthscoreSetExecutor() {
        super(HealthScoreMessages.HEALTHSCORE_SET, Topic.HEALTHSCORE_COMMANDS);
    }

    @Override
    protected UUID customerId(HealthScoreSet command) {
        return command.customerId();
    }
}
