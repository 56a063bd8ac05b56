package io.csplatform.journeys.task;

import io.csplatform.journeys.journey.CurrentJourneys;
import io.csplatform.journeys.support.Change;
import io.csplatform.journeys.support.KnownCustomers;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/** The task endpoints' use cases, one transaction each; an unknown task (or another tenant's) is a 404. */
@ApplicationScoped
public class TaskActions {

    private final Mutiny.SessionFactory sessions;
    private final TaskService tasks;
    private final TaskLifecycle lifecycle;
    private final TaskQueries queries;
    private final CurrentJourneys journeys;
    private final Clock clock;
    private final KnownCustomers customers;

    public TaskActions(Mutiny.SessionFactory sessions, TaskService tasks, TaskLifecycle lifecycle, TaskQueries queries,
                       CurrentJourneys journeys, Clock clock, KnownCustomers customers) {
        this.customers = customers;
        this.sessions = sessions;
        this.tasks = tasks;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.journeys = journeys;
        this.clock = clock;
    }

    public Uni<TaskView> create(Change change, UUID customerId, TaskRequests.Create request) {
        LocalDate due = DueDates.due(LocalDate.now(clock), request.dueInDays(), request.skipWeekends());
        return sessions.withTransaction(session -> customers.require(session, change.tenantId(), customerId)
                        .chain(() -> journeys.placement(session, change.tenantId(), customerId, request.stage()))
                        .chain(placement -> tasks.create(session, change, new NewTask(customerId, placement.journeyId(),
                                null, placement.stage(), placement.stagePosition(), request.title(),
                                request.description(), due, request.skipWeekends(), TaskAssignee.toAssignee(request.assignee()),
                                request.labels(), request.checklist(), request.firstComment(), request.contacts()))))
                .chain(task -> queries.view(change.tenantId(), task.id));
    }

    public Uni<TaskView> schedule(Change change, UUID id, TaskRequests.Schedule request) {
        return apply(change, id, (session, task) -> lifecycle.schedule(session, change, task, request.date(),
                request.skipWeekends(), TaskAssignee.toAssignee(request.assignee())));
    }

    public Uni<TaskView> complete(Change change, UUID id) {
        return apply(change, id, (session, task) -> lifecycle.complete(session, change, task));
    }

    public Uni<TaskView> reopen(Change change, UUID id) {
        return apply(change, id, (session, task) -> lifecycle.reopen(session, change, task));
    }

    public Uni<TaskView> completeItem(Change change, UUID id, UUID itemId) {
        return apply(change, id, (session, task) -> lifecycle.completeItem(session, change, task, itemId, null));
    }

    public Uni<TaskView> comment(Change change, UUID id, String text) {
        return apply(change, id, (session, task) -> tasks.comment(session, change, task, text).replaceWith(task));
    }

    public Uni<TaskView> contacts(Change change, UUID id, List<String> contacts) {
        return apply(change, id, (session, task) -> lifecycle.contacts(session, change, task, contacts));
    }

    private Uni<TaskView> apply(Change change, UUID id, BiFunction<Mutiny.Session, Task, Uni<Task>> work) {
        return sessions.withTransaction(session -> queries.find(session, change.tenantId(), id)
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("task"))
                        .chain(task -> work.apply(session, task)))
                .chain(task -> queries.view(change.tenantId(), task.id));
    }
}
