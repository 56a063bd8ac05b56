package io.csplatform.journeys.task;

import io.csplatform.journeys.support.KnownCustomers;
import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /** Filters of the customer's task list; null means "any". */
    public record Filter(String status, Boolean overdue, String label) {
    }

    private static final String LAST_POSITION = "2147483647";
    private static final String ORDER = "due_date, coalesce(stage_position, " + LAST_POSITION + "), created_at, id";

    /**
     * A page of the customer's tasks in board order (due date, stage position, creation, id) after the cursor's task;
     * 404 when the customer is not one of the tenant's.
     */
    public Uni<Page<TaskView>> ofCustomer(String tenantId, UUID customerId, Filter filter, KeyCursor after, int limit) {
        LocalDate today = LocalDate.now(clock);
        StringBuilder sql = new StringBuilder("select cast(id as text), cast(due_date as text), cast(coalesce(stage_position, "
                + LAST_POSITION + ") as text), " + CREATED_AT_ISO + " from task"
                + " where tenant_id = :tenant and customer_id = :customer");
        if (filter.status() != null) {
            sql.append(" and status = :status");
        }
        if (filter.overdue() != null) {
            sql.append(filter.overdue() ? " and status <> 'done' and due_date < :today"
                    : " and (status = 'done' or due_date >= :today)");
        }
        if (filter.label() != null) {
            sql.append(" and jsonb_exists(cast(labels as jsonb), :label)");
        }
        if (after != null) {
            sql.append(" and (" + ORDER + ") > (cast(:due as date), cast(:position as integer), cast(:at as timestamptz),"
                    + " cast(:id as uuid))");
        }
        sql.append(" order by ").append(ORDER).append(" limit :limit");
        return sessions.withSession(session -> customers.require(session, tenantId, customerId).chain(() -> {
            var query = session.createNativeQuery(sql.toString(), Object[].class)
                    .setParameter("tenant", tenantId).setParameter("customer", customerId)
                    .setParameter("limit", limit + 1);
            if (filter.status() != null) {
                query.setParameter("status", filter.status());
            }
            if (filter.overdue() != null) {
                query.setParameter("today", today);
            }
            if (filter.label() != null) {
                query.setParameter("label", filter.label());
            }
            if (after != null) {
                // the cursor's keys, read back as the columns' own types (a key that does not read is a 400)
                query.setParameter("due", after.key(0, LocalDate::parse))
                        .setParameter("position", after.key(1, Integer::valueOf))
                        .setParameter("at", after.key(2, TaskQueries::utc))
                        .setParameter("id", after.key(3, UUID::fromString));
            }
            return query.getResultList().chain(rows -> {
                List<UUID> ids = rows.stream().map(row -> UUID.fromString((String) row[0])).toList();
                Map<UUID, KeyCursor> positions = rows.stream().collect(Collectors.toMap(
                        row -> UUID.fromString((String) row[0]), row -> KeyCursor.of(row[1], row[2], row[3], row[0])));
                return load(session, ids).chain(tasks -> views(session, tasks))
                        .map(views -> KeyCursor.page(views, limit, view -> positions.get(view.id())));
            });
        }));
    }

    /** created_at as an ISO-8601 UTC instant with microseconds, the cursor's key. */
    private static final String CREATED_AT_ISO =
            "to_char(created_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";

    private static OffsetDateTime utc(String instant) {
        return OffsetDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static Uni<List<Task>> load(Mutiny.Session session, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return session.createSelectionQuery("from Task where id in :ids", Task.class).setParameter("ids", ids)
                .getResultList().map(tasks -> {
                    Map<UUID, Task> byId = tasks.stream().collect(Collectors.toMap(task -> task.id, task -> task));
                    return ids.stream().map(byId::get).toList();
                });
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
