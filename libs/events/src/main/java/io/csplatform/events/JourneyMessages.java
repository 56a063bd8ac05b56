package io.csplatform.events;

import io.csplatform.events.MessageType.Kind;
import io.csplatform.events.payload.BoardTaskCompleted;
import io.csplatform.events.payload.BoardTaskCreate;
import io.csplatform.events.payload.BoardTaskCreated;
import io.csplatform.events.payload.JourneyChecklistItemComplete;
import io.csplatform.events.payload.JourneyChecklistItemCompleted;
import io.csplatform.events.payload.JourneySet;
import io.csplatform.events.payload.JourneyTaskComplete;
import io.csplatform.events.payload.JourneyTaskContactsChanged;
import io.csplatform.events.payload.JourneyTaskCompleted;
import io.csplatform.events.payload.JourneyTaskCreate;
import io.csplatform.events.payload.JourneyTaskCreated;
import io.csplatform.events.payload.JourneyTaskReopened;
import io.csplatform.events.payload.JourneyTaskSchedule;
import io.csplatform.events.payload.JourneyTaskScheduled;
import io.csplatform.events.payload.SetJourney;

import java.util.List;

/** Events of the journeys service ({@code cs.journeys.events.v1}) and its commands ({@code cs.journeys.commands.v1}). */
public final class JourneyMessages {

    public static final MessageType<JourneySet> JOURNEY_SET =
            new MessageType<>("journey.set", JourneySet.class, Kind.EVENT);
    public static final MessageType<JourneyTaskCreated> JOURNEY_TASK_CREATED =
            new MessageType<>("journey.task.created", JourneyTaskCreated.class, Kind.EVENT);
    public static final MessageType<JourneyTaskScheduled> JOURNEY_TASK_SCHEDULED =
            new MessageType<>("journey.task.scheduled", JourneyTaskScheduled.class, Kind.EVENT);
    public static final MessageType<JourneyTaskContactsChanged> JOURNEY_TASK_CONTACTS_CHANGED =
            new MessageType<>("journey.task.contacts.changed", JourneyTaskContactsChanged.class, Kind.EVENT);
    public static final MessageType<JourneyTaskCompleted> JOURNEY_TASK_COMPLETED =
            new MessageType<>("journey.task.completed", JourneyTaskCompleted.class, Kind.EVENT);
    public static final MessageType<JourneyTaskReopened> JOURNEY_TASK_REOPENED =
            new MessageType<>("journey.task.reopened", JourneyTaskReopened.class, Kind.EVENT);
    public static final MessageType<JourneyChecklistItemCompleted> JOURNEY_CHECKLIST_ITEM_COMPLETED =
            new MessageType<>("journey.checklist-item.completed", JourneyChecklistItemCompleted.class, Kind.EVENT);
    public static final MessageType<BoardTaskCreated> BOARD_TASK_CREATED =
            new MessageType<>("board.task.created", BoardTaskCreated.class, Kind.EVENT);
    public static final MessageType<BoardTaskCompleted> BOARD_TASK_COMPLETED =
            new MessageType<>("board.task.completed", BoardTaskCompleted.class, Kind.EVENT);

    public static final MessageType<JourneyTaskCreate> JOURNEY_TASK_CREATE =
            new MessageType<>("journey.task.create", JourneyTaskCreate.class, Kind.COMMAND);
    public static final MessageType<JourneyTaskComplete> JOURNEY_TASK_COMPLETE =
            new MessageType<>("journey.task.complete", JourneyTaskComplete.class, Kind.COMMAND);
    public static final MessageType<JourneyChecklistItemComplete> JOURNEY_CHECKLIST_ITEM_COMPLETE =
            new MessageType<>("journey.checklist-item.complete", JourneyChecklistItemComplete.class, Kind.COMMAND);
    public static final MessageType<JourneyTaskSchedule> JOURNEY_TASK_SCHEDULE =
            new MessageType<>("journey.task.schedule", JourneyTaskSchedule.class, Kind.COMMAND);
    /** Same name as the event {@link #JOURNEY_SET}; told apart by kind (folder of the schema). */
    public static final MessageType<SetJourney> SET_JOURNEY =
            new MessageType<>("journey.set", SetJourney.class, Kind.COMMAND);
    public static final MessageType<BoardTaskCreate> BOARD_TASK_CREATE =
            new MessageType<>("board.task.create", BoardTaskCreate.class, Kind.COMMAND);

    public static final List<MessageType<?>> ALL = List.of(JOURNEY_SET, JOURNEY_TASK_CREATED, JOURNEY_TASK_SCHEDULED,
            JOURNEY_TASK_CONTACTS_CHANGED, JOURNEY_TASK_COMPLETED, JOURNEY_TASK_REOPENED, JOURNEY_CHECKLIST_ITEM_COMPLETED, BOARD_TASK_CREATED,
            BOARD_TASK_COMPLETED, JOURNEY_TASK_CREATE, JOURNEY_TASK_COMPLETE, JOURNEY_CHECKLIST_ITEM_COMPLETE,
            JOURNEY_TASK_SCHEDULE, SET_JOURNEY, BOARD_TASK_CREATE);

    private JourneyMessages() {
    }
}
