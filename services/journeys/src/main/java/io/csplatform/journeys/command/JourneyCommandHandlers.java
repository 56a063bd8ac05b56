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
import io.csplatform.journeys.board.BoardTask;
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
import io.csplatform.outbox.StepResults;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * What each command of {@code cs.journeys.commands.v1} does, inside the consumer's inbox transaction. Each handler
 * answers a short sentence naming its effect (or saying that nothing needed to change), which confirms the command's
 * playbook step in the same transaction ({@link StepResults}); a command that cannot apply fails instead.
 */
@ApplicationScoped
public class JourneyCommandHandlers {

    private final TaskService tasks;
    private final TaskLifecycle lifecycle;
    private final TaskQueries queries;
    private final CurrentJourneys journeys;
    private final JourneyService journeyService;
    private final OwnerDirectory owners;
    private final BoardService board;
    private final StepResults results;

    public JourneyCommandHandlers(TaskService tasks, TaskLifecycle lifecycle, TaskQueries queries,
                                  CurrentJourneys journeys, JourneyService journeyService, OwnerDirectory owners,
                                  BoardService board, StepResults results) {
        this.tasks = tasks;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.journeys = journeys;
        this.journeyService = journeyService;
        this.owners = owners;
        this.board = board;
        this.results = results;
    }

    /** The work the message asks for; a type this service does not handle is an {@link InvalidMessageException}. */
    Function<Mutiny.Session, Uni<?>> handlerOf(IncomingMessage message) {
        if (message.is(JourneyMessages.JOURNEY_TASK_CREATE)) {
            var command = message.payload(JourneyMessages.JOURNEY_TASK_CREATE);
            Change change = change(message, command.source());
            return confirmed(change, command.customerId(), session -> create(session, change, command)
                    .map(task -> "task " + task.id + " '" + task.title + "' created"
                            + (task.stage == null ? "" : " in stage " + task.stage)));
        }
        if (message.is(JourneyMessages.JOURNEY_TASK_COMPLETE)) {
            JourneyTaskComplete command = message.payload(JourneyMessages.JOURNEY_TASK_COMPLETE);
            Change change = change(message, command.source());
            return confirmed(change, command.customerId(), session -> task(session, change, command.customerId(),
                    command.taskId(), command.templateTaskId()).chain(task -> task.done()
                    ? Uni.createFrom().item("nothing to change: task " + task.id + " is already completed")
                    : lifecycle.complete(session, change, task).map(done -> "task " + done.id + " completed")));
        }
        if (message.is(JourneyMessages.JOURNEY_CHECKLIST_ITEM_COMPLETE)) {
            JourneyChecklistItemComplete command = message.payload(JourneyMessages.JOURNEY_CHECKLIST_ITEM_COMPLETE);
            Change change = change(message, command.source());
            return confirmed(change, command.customerId(), session -> task(session, change, command.customerId(),
                    command.taskId(), command.templateTaskId()).chain(task -> completeItem(session, change, task,
                    required(command.item(), "item"))));
        }
        if (message.is(JourneyMessages.JOURNEY_TASK_SCHEDULE)) {
            JourneyTaskSchedule command = message.payload(JourneyMessages.JOURNEY_TASK_SCHEDULE);
            Change change = change(message, command.source());
            return confirmed(change, command.customerId(), session -> task(session, change, command.customerId(),
                    command.taskId(), command.templateTaskId()).chain(task -> schedule(session, change, task, command)));
        }
        if (message.is(JourneyMessages.SET_JOURNEY)) {
            SetJourney command = message.payload(JourneyMessages.SET_JOURNEY);
            Change change = change(message, command.source());
            return confirmed(change, command.customerId(), session -> journeyService.set(session, change,
                            required(command.customerId(), "customerId"), required(command.templateId(), "templateId"))
                    .map(journey -> "journey " + journey.id + " '" + journey.name + "' set (template "
                            + journey.templateId + " version " + journey.templateVersion + ")"));
        }
        if (message.is(JourneyMessages.BOARD_TASK_CREATE)) {
            BoardTaskCreate command = message.payload(JourneyMessages.BOARD_TASK_CREATE);
            Change change = change(message, command.source());
            return confirmed(change, command.customerId(), session -> boardTask(session, change, command)
                    .map(card -> "board task " + card.id + " '" + card.title + "' created on the board of user "
                            + card.userId + ", starting " + card.startAt));
        }
        throw new InvalidMessageException("journeys does not handle command " + message.headers().type());
    }

    /** Runs the work, then reports its detail as the step's result, in the same transaction. */
    private Function<Mutiny.Session, Uni<?>> confirmed(Change change, UUID customerId,
                                                      Function<Mutiny.Session, Uni<String>> work) {
        return session -> work.apply(session).chain(detail -> results.succeeded(session, change.cause(),
                change.source(), customerId, detail));
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

    private Uni<String> completeItem(Mutiny.Session session, Change change, Task task, String title) {
        return lifecycle.item(session, task, null, title)
                .onItem().ifNull().failWith(() -> new InvalidMessageException("no checklist item '" + title.strip()
                        + "' on task " + task.id))
                .chain(item -> item.completedAt != null
                        ? Uni.createFrom().item("nothing to change: checklist item '" + item.title
                                + "' is already completed on task " + task.id)
                        : lifecycle.completeItem(session, change, task, item)
                                .map(done -> "checklist item '" + item.title + "' completed on task " + task.id));
    }

    private Uni<String> schedule(Mutiny.Session session, Change change, Task task, JourneyTaskSchedule command) {
        var before = new Object[] {task.dueDate, task.skipWeekends, task.assigneeOwnerType, task.assigneeUserId};
        return lifecycle.schedule(session, change, task,
                        required(command.referenceDate(), "referenceDate").plusDays(command.dueInDays()),
                        command.skipWeekends(), command.assignee())
                .map(done -> {
                    String assignee = done.assigneeUserId != null ? "user " + done.assigneeUserId
                            : done.assigneeOwnerType != null ? "nobody (no one holds " + done.assigneeOwnerType + ")"
                            : "nobody";
                    boolean changed = !Objects.deepEquals(before, new Object[] {done.dueDate, done.skipWeekends,
                            done.assigneeOwnerType, done.assigneeUserId});
                    return (changed ? "task " + done.id + " scheduled for " : "nothing to change: task " + done.id
                            + " is already due on ") + done.dueDate + ", assigned to " + assignee;
                });
    }

    private Uni<BoardTask> boardTask(Mutiny.Session session, Change change, BoardTaskCreate command) {
        UUID customerId = required(command.customerId(), "customerId");
        return owners.resolve(session, change.tenantId(), customerId, command.assignee()).chain(resolved -> {
            if (resolved.userId() == null) {
                return Uni.createFrom().failure(new InvalidMessageException("nobody holds the assignee"
                        + (resolved.ownerType() == null ? "" : " owner type " + resolved.ownerType())
                        + " for customer " + customerId));
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
