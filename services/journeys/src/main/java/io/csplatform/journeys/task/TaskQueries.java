package io.csplatform.journeys.task;

import io.csplatform.journeys.support.KnownCustomers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads tasks of the caller's tenant, with their checklists and comments; finds the task a command names. */
@ApplicationScoped
public class TaskQueries {

    private final Mutiny.SessionFactory sessions;
    private final Clock clock;
    private final KnownCustomers customers;

    public TaskQueries(Mutiny.SessionFactory sessions, Clock clock, KnownCustomers customers) {
        this.sessions = sessions;
        this.clock = clock;
        this.customers = customers;
    }

    /** The customer's tasks; 404 when the customer is not one of the tenant's. */
    public Uni<List<TaskView>> ofCustomer(String tenantId, UUID customerId) {
        return sessions.withSession(session -> customers.require(session, tenantId, customerId).chain(() -> session
                .createSelectionQuery("""
                        from Task where tenantId = :tenant and customerId = :customer
                        order by dueDate, stagePosition nulls last, createdAt""", Task.class)
                .setParameter("tenant", tenantId).setParameter("customer", customerId)
                .getResultList()
                .chain(tasks -> views(session, tasks))));
    }

    /** The task, or null when the tenant has no such task. */
    public Uni<TaskView> view(String tenantId, UUID id) {
        return sessions.withSession(session -> session.find(Task.class, id)
                .map(task -> task != null && task.tenantId.equals(tenantId) ? task : null)
                .chain(task -> task == null ? Uni.createFrom().nullItem()
                        : views(session, List.of(task)).map(views -> views.get(0))));
    }

    /** The task to change, locked until the transaction ends (concurrent changes queue up); null if none. */
    public Uni<Task> find(Mutiny.Session session, String tenantId, UUID id) {
        return session.find(Task.class, id, LockMode.PESSIMISTIC_WRITE)
                .map(task -> task != null && task.tenantId.equals(tenantId) ? task : null);
    }

    /** The task to change, named by its id, or by its template task within the customer's current journey; null if none. */
    public Uni<Task> find(Mutiny.Session session, String tenantId, UUID customerId, UUID taskId, UUID templateTaskId) {
        if (taskId != null) {
            return find(session, tenantId, taskId)
                    .map(task -> task != null && task.customerId.equals(customerId) ? task : null);
        }
        return session.createSelectionQuery("""
                        from Task where tenantId = :tenant and customerId = :customer and templateTaskId = :templateTask
                        and journeyId in (select j.id from CustomerJourney j
                                          where j.tenantId = :tenant and j.customerId = :customer and j.current)
                        order by createdAt desc""", Task.class)
                .setParameter("tenant", tenantId).setParameter("customer", customerId)
                .setParameter("templateTask", templateTaskId)
                .setMaxResults(1)
                .setLockMode(LockMode.PESSIMISTIC_WRITE)
                .getSingleResultOrNull();
    }

    public Uni<List<ChecklistItem>> checklist(Mutiny.Session session, UUID taskId) {
        return session.createSelectionQuery("from ChecklistItem where taskId = :task order by position", ChecklistItem.class)
                .setParameter("task", taskId).getResultList();
    }

    private Uni<List<TaskView>> views(Mutiny.Session session, List<Task> tasks) {
        if (tasks.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = tasks.stream().map(task -> task.id).toList();
        LocalDate today = LocalDate.now(clock);
        return session.createSelectionQuery("from ChecklistItem where taskId in :ids order by position", ChecklistItem.class)
                .setParameter("ids", ids).getResultList()
                .chain(items -> session.createSelectionQuery("from TaskComment where taskId in :ids order by createdAt",
                                TaskComment.class)
                        .setParameter("ids", ids).getResultList()
                        .map(comments -> {
                            Map<UUID, List<ChecklistItem>> itemsByTask = items.stream()
                                    .collect(Collectors.groupingBy(item -> item.taskId));
                            Map<UUID, List<TaskComment>> commentsByTask = comments.stream()
                                    .collect(Collectors.groupingBy(comment -> comment.taskId));
                            return tasks.stream().map(task -> TaskView.of(task, today,
                                    itemsByTask.getOrDefault(task.id, List.of()),
                                    commentsByTask.getOrDefault(task.id, List.of()))).toList();
                        }));
    }
}
