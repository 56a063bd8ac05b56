package io.csplatform.journeys.task;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.JourneyTaskCreate;
import io.csplatform.events.payload.JourneyTaskCreated;
import io.csplatform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Task use cases; each change publishes its event in the same transaction. */
@ApplicationScoped
public class TaskService {

    private final Mutiny.SessionFactory sessions;
    private final Outbox outbox;
    private final Clock clock;

    public TaskService(Mutiny.SessionFactory sessions, Outbox outbox, Clock clock) {
        this.sessions = sessions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Applies a {@code journey.task.create} command inside the caller's (inbox) transaction. */
    public Uni<Task> create(Mutiny.Session session, EventHeaders command, JourneyTaskCreate request) {
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.tenantId = command.tenantId();
        task.customerId = request.customerId();
        task.title = request.title();
        task.dueDate = DueDates.due(request.referenceDate(), request.dueInDays(), request.skipWeekends());
        task.skipWeekends = request.skipWeekends();
        task.status = "open";
        if (request.assignee() != null) {
            task.assigneeOwnerType = request.assignee().ownerType();
            task.assigneeUserId = request.assignee().userId();
        }
        if (request.source() != null) {
            task.executionId = request.source().executionId();
            task.executionStep = request.source().step();
        }
        task.createdAt = clock.instant();
        JourneyTaskCreated created = new JourneyTaskCreated(task.id, task.customerId, task.title, task.dueDate,
                task.skipWeekends, request.assignee(), request.source());
        return session.persist(task)
                .chain(() -> outbox.publishCausedBy(session, command, Topic.JOURNEYS_EVENTS,
                        JourneyMessages.JOURNEY_TASK_CREATED, task.customerId, created))
                .replaceWith(task);
    }

    public Uni<List<TaskView>> ofCustomer(String tenantId, UUID customerId) {
        return sessions.withSession(session -> session
                .createSelectionQuery("from Task where tenantId = :tenant and customerId = :customer order by dueDate, createdAt",
                        Task.class)
                .setParameter("tenant", tenantId).setParameter("customer", customerId)
                .getResultList()
                .map(tasks -> tasks.stream().map(TaskView::of).toList()));
    }
}
