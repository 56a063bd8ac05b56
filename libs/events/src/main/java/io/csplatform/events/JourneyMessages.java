package io.csplatform.events;

import io.csplatform.events.MessageType.Kind;
import io.csplatform.events.payload.JourneyTaskCreated;
import io.csplatform.events.payload.JourneyTaskCreate;

import java.util.List;

/** Events of the journeys service ({@code cs.journeys.events.v1}) and its commands ({@code cs.journeys.commands.v1}). */
public final class JourneyMessages {

    public static final MessageType<JourneyTaskCreated> JOURNEY_TASK_CREATED =
            new MessageType<>("journey.task.created", JourneyTaskCreated.class, Kind.EVENT);
    public static final MessageType<JourneyTaskCreate> JOURNEY_TASK_CREATE =
            new MessageType<>("journey.task.create", JourneyTaskCreate.class, Kind.COMMAND);
    public static final List<MessageType<?>> ALL = List.of(JOURNEY_TASK_CREATED, JOURNEY_TASK_CREATE);

    private JourneyMessages() {
    }
}
