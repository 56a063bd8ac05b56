package io.csplatform.actions.command;

import io.csplatform.events.JourneyMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.BoardTaskCreate;
import jakarta.inject.Singleton;

import java.util.UUID;

/** {@code board.task.create}: carried out by journeys, which reports the step. */
@Singleton
public class BoardTaskCreateExecutor extends ForwardToOwner<BoardTaskCreate> {

    public BoardTaskCreateExecutor() {
        super(JourneyMessages.BOARD_TASK_CREATE, Topic.JOURNEYS_COMMANDS);
    }

    @Override
    protected UUID customerId(BoardTaskCreate command) {
        return command.customerId();
    }
}
