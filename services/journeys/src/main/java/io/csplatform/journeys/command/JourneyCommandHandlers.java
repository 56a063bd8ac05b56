package io.csplatform.journeys.command;

import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.payload.BoardTaskCreate;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.JourneyChecklistItemComplete;
import io.csplatform.events.payload.JourneyTaskComplete;
import io.csplatform.events.payload.JourneyTaskCreate;
import io.csplatform.events.payload.JourneyTaskSchedule;
import io.csplatform.events.payload.SetJourney;
import io.csplatform.journeys.board.BoardCard;
import io.csplatform.journeys.board.BoardService;
import io.csplatform.journeys.journey.CurrentJourneys;
import io.csplatform.journeys.journey.JourneyService;
import io.csplatform.journeys.owner.OwnerDirectory;
import io.csplatform.journeys.support.Change;
import io.csplatform.journeys.task.DueDates;
import io.csplatform.journeys.task.NewTask;
import io.csplatform.journeys.task.Task;
import io.csplatform.journeys.task.TaskLifecycle;
import io.csplatform.journeys.task.TaskQueries;
import io.csplatform.journeys.task.TaskService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.UUID;
import java.util.function.Function;

/** What each command of {@code cs.journeys.commands.v1} does, inside the consumer's inbox transaction. */
@ApplicationScoped
public class JourneyCommandHandlers {

    private final TaskService tasks;
    private final TaskLifecycle lifecycle;
    private final TaskQueries queries;
    private final CurrentJourneys journeys;
    private final JourneyService journeyService;
    private final OwnerDirectory owners;
    private final BoardService board;

    public JourneyCommandHandlers(TaskService tasks, TaskLifecycle lifecycle, TaskQueries queries,
                                  CurrentJourneys journeys, JourneyService journeyService, OwnerDirectory owners,
                                  BoardService board) {
        this.tasks = tasks;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.journeys = journeys;
        this.journeyService = journeyService;
        this.owners = owners;
        this.board = board;
    }

    /** The work the message asks for; a type this service does not handle is an {@link InvalidMessageException}. */
    Function<Mutiny.Session, Uni<?>> handlerOf(IncomingMessage message) {
        if (message.is(JourneyMessages.JOURNEY_TASK_CREATE)) {
            var command = message.payload(JourneyMessages.JOURNEY_TASK_CREATE);
            return session -> create(session, change(message, command.source()), command);
        }
        if (message.is(JourneyMessages.JOURNEY_TASK_COMPLETE)) {
            JourneyTaskComplete command = message.payload(JourneyMessages.JOURNEY_TASK_COMPLETE);
            Change change = change(message, command.source());
            return session -> task(session, change, command.customerId(), command.taskId(), command.templateTaskId())
                    .chain(task -> lifecycle.complete(session, change, task));
        }
        if (message.is(JourneyMessages.JOURNEY_CHECKLIST_ITEM_COMPLETE)) {
            JourneyChecklistItemComplete command = message.payload(JourneyMessages.JOURNEY_CHECKLIST_ITEM_COMPLETE);
            Change change = change(message, command.source());
            return session -> task(session, change, command.customerId(), command.taskId(), command.templateTaskId())
                    .chain(task -> lifecycle.completeItem(session, change, task, null, required(command.item(), "item")));
        }
        if (message.is(JourneyMessages.JOURNEY_TASK_SCHEDULE)) {
            JourneyTaskSchedule command = message.payload(JourneyMessages.JOURNEY_TASK_SCHEDULE);
            Change change = change(message, command.source());
            return session -> task(session, change, command.customerId(), command.taskId(), command.templateTaskId())
                    .chain(task -> lifecycle.schedule(session, change, task,
                            required(command.referenceDate(), "referenceDate").plusDays(command.dueInDays()),
                            command.skipWeekends(), command.assignee()));
        }
        if (message.is(JourneyMessages.SET_JOURNEY)) {
            SetJourney command = message.payload(JourneyMessages.SET_JOURNEY);
            return session -> journeyService.set(session, change(message, command.source()),
                    required(command.customerId(), "customerId"), required(command.templateId(), "templateId"));
        }
        if (message.is(JourneyMessages.BOARD_TASK_CREATE)) {
            BoardTaskCreate command = message.payload(JourneyMessages.BOARD_TASK_CREATE);
            return session -> boardTask(session, change(message, command.source()), command);
        }
        throw new InvalidMessageException("journeys does not handle command " + message.headers().type());
    }

    private Uni<Task> create(Mutiny.Session session, Change change, JourneyTaskCreate command) {
        UUID customerId = required(command.customerId(), "customerId");
        return journeys.placement(session, change.tenantId(), customerId, command.stage())
                .chain(placement -> tasks.create(session, change, new NewTask(customerId, placement.journeyId(), null,
                        placement.stage(), placement.stagePosition(), required(command.title(), "title"),
                        command.description(),
                        DueDates.due(required(command.referenceDate(), "referenceDate"), command.dueInDays(),
                                command.skipWeekends()),
                        command.skipWeekends(), command.assignee(), command.labels(), null, command.firstComment())));
    }

    private Uni<?> boardTask(Mutiny.Session session, Change change, BoardTaskCreate command) {
        UUID customerId = required(command.customerId(), "customerId");
        return owners.resolve(session, change.tenantId(), customerId, command.assignee()).chain(resolved -> {
            if (resolved.userId() == null) {
                return Uni.createFrom().failure(new InvalidMessageException(
                        "board.task.create: nobody holds the assignee for customer " + customerId));
            }
            return board.create(session, change, resolved.userId(), new BoardCard(customerId,
                    required(command.title(), "title"), required(command.startAt(), "startAt"),
                    command.durationMinutes(), command.skipWeekends(), command.mainContact(), command.labels()));
        });
    }

    private Uni<Task> task(Mutiny.Session session, Change change, UUID customerId, UUID taskId, UUID templateTaskId) {
        if (customerId == null || (taskId == null && templateTaskId == null)) {
            return Uni.createFrom().failure(new InvalidMessageException("the command needs customerId and taskId or templateTaskId"));
        }
        return queries.find(session, change.tenantId(), customerId, taskId, templateTaskId)
                .onItem().ifNull().failWith(() -> new InvalidMessageException("no task " + (taskId != null ? taskId
                        : "of template task " + templateTaskId + " in the current journey") + " for customer " + customerId));
    }

    private static Change change(IncomingMessage message, ExecutionStep source) {
        return Change.byCommand(message.headers(), source);
    }

    private static <T> T required(T value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidMessageException("the command has no " + field);
        }
        return value;
    }
}
