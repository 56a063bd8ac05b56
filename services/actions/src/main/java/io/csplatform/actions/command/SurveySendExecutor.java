package io.csplatform.actions.command;

import io.csplatform.events.SurveyMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.SurveySend;
import jakarta.inject.Singleton;

import java.util.UUID;

/** {@code survey.send}: carried out by surveys, which reports the step. */
@Singleton
public class SurveySendExecutor extends ForwardToOwner<SurveySend> {

    public SurveySendExecutor() {
        super(SurveyMessages.SURVEY_SEND, Topic.SURVEYS_COMMANDS);
    }

    @Override
    protected UUID customerId(SurveySend command) {
        return command.customerId();
    }
}
