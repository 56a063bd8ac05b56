package io.csplatform.journeys.task;

import io.csplatform.events.JourneyMessages;
import io.csplatform.events.payload.Assignee;
import io.csplatform.journeys.owner.OwnerDirectory;
import io.csplatform.journeys.support.Change;
import io.csplatform.journeys.support.Events;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A task's life after creation: scheduled, completed, reopened, its checklist ticked off; each with its event. */
@ApplicationScoped
public class TaskLifecycle {

    private final TaskQueries queries;
    private final OwnerDirectory owners;
    private final Events events;
    private final Clock clock;

    public TaskLifecycle(TaskQueries queries, OwnerDirectory owners, Events events, Clock clock) {
        this.queries = queries;
        this.owners = owners;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Due on {@code date} (Saturday/Sunday moved to Monday when skipping weekends); a new assignee if one is given.
     * {@code journey.task.scheduled} is published only when the due date, the weekend rule or the assignee changed.
     */
    public Uni<Task> schedule(Mutiny.Session session, Change change, Task task, LocalDate date, boolean skipWeekends,
                              Assignee assignee) {
        LocalDate previous = task.dueDate;
        boolean previousSkip = task.skipWeekends;
        String previousType = task.assigneeOwnerType;
        String previousUser = task.assigneeUserId;
        task.dueDate = DueDates.due(date, 0, skipWeekends);
        task.skipWeekends = skipWeekends;
        Uni<Void> reassigned = assignee == null ? Uni.createFrom().voidItem()
                : owners.resolve(session, change.tenantId(), task.customerId, assignee).invoke(resolved -> {
                    task.assigneeOwnerType = resolved.ownerType();
                    task.assigneeUserId = resolved.userId();
                }).replaceWithVoid();
        return reassigned
                .chain(() -> task.dueDate.equals(previous) && task.skipWeekends == previousSkip
                        && Objects.equals(task.assigneeOwnerType, previousType)
                        && Objects.equals(task.assigneeUserId, previousUser)
                        ? Uni.createFrom().voidItem()
                        : events.publish(session, change, JourneyMessages.JOURNEY_TASK_SCHEDULED, task.customerId,
                                TaskEvents.scheduled(task, previous, today())).replaceWithVoid())
                .replaceWith(task);
    }

    /** Replaces the task's additional contacts; {@code journey.task.contacts.changed} when the list changed. */
    public Uni<Task> contacts(Mutiny.Session session, Change change, Task task, List<String> contacts) {
        List<String> previous = task.contacts;
        task.contacts = TaskService.contacts(contacts);
        if (task.contacts.equals(previous)) {
            return Uni.createFrom().item(task);
        }
        return events.publish(session, change, JourneyMessages.JOURNEY_TASK_CONTACTS_CHANGED, task.customerId,
                TaskEvents.contactsChanged(task, previous)).replaceWith(task);
    }

    public Uni<Task> complete(Mutiny.Session session, Change change, Task task) {
        if (task.done()) {
            return Uni.createFrom().failure(ProblemException.conflict("task-already-completed",
                    "task " + task.id + " is already completed"));
        }
        task.status = Task.DONE;
        task.completedAt = clock.instant();
        return events.publish(session, change, JourneyMessages.JOURNEY_TASK_COMPLETED, task.customerId,
                TaskEvents.completed(task)).replaceWith(task);
    }

    public Uni<Task> reopen(Mutiny.Session session, Change change, Task task) {
        if (!task.done()) {
            return Uni.createFrom().failure(ProblemException.conflict("task-not-completed",
                    "task " + task.id + " is not completed"));
        }
        task.status = Task.OPEN;
        task.completedAt = null;
        return events.publish(session, change, JourneyMessages.JOURNEY_TASK_REOPENED, task.customerId,
                TaskEvents.reopened(task, today())).replaceWith(task);
    }

    /** Completes the checklist item named by id, or by its text when {@code itemId} is null; 404 when none matches. */
    public Uni<Task> completeItem(Mutiny.Session session, Change change, Task task, UUID itemId, String itemTitle) {
        return item(session, task, itemId, itemTitle)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("checklist item"))
                .chain(item -> completeItem(session, change, task, item));
    }

    /** Completes one item of the task's checklist; 409 when it already is. */
    public Uni<Task> completeItem(Mutiny.Session session, Change change, Task task, ChecklistItem item) {
        if (item.completedAt != null) {
            return Uni.createFrom().failure(ProblemException.conflict("checklist-item-already-completed",
                    "checklist item '" + item.title + "' is already completed"));
        }
        item.completedAt = clock.instant();
        return events.publish(session, change, JourneyMessages.JOURNEY_CHECKLIST_ITEM_COMPLETED, task.customerId,
                TaskEvents.itemCompleted(task, item)).replaceWith(task);
    }

    /** The task's checklist item with this id, or with this text (ignoring case) when {@code itemId} is null; or null. */
    public Uni<ChecklistItem> item(Mutiny.Session session, Task task, UUID itemId, String itemTitle) {
        return queries.checklist(session, task.id).map(items -> pick(items, itemId, itemTitle));
    }

    private static ChecklistItem pick(List<ChecklistItem> items, UUID itemId, String itemTitle) {
        return items.stream()
                .filter(item -> itemId != null ? item.id.equals(itemId) : item.title.equalsIgnoreCase(itemTitle.strip()))
                .findFirst().orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
