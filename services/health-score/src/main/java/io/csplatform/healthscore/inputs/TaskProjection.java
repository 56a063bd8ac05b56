package io.csplatform.healthscore.inputs;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The customer's journey tasks: due date and whether done; the newest event by its time wins (created, completed and
 * reopened carry both; scheduled carries the due date and keeps whether done).
 */
@ApplicationScoped
public class TaskProjection {

    private static final String UPSERT = """
            insert into task_state (tenant_id, task_id, customer_id, due_date, completed, changed_on)
            values (:tenant, :task, :customer, :due, :completed, :at)
            on conflict (tenant_id, task_id) do update set due_date = excluded.due_date,
              completed = case when :keepDone then task_state.completed else excluded.completed end,
              changed_on = excluded.changed_on
            where task_state.changed_on <= excluded.changed_on""";

    public Uni<Integer> upsert(Mutiny.Session session, String tenant, UUID task, UUID customer, LocalDate due,
                               boolean completed, Instant at) {
        return upsert(session, tenant, task, customer, due, completed, false, at);
    }

    /** A new due date: whether the task is done stays as it was (open when the task is new here). */
    public Uni<Integer> rescheduled(Mutiny.Session session, String tenant, UUID task, UUID customer, LocalDate due,
                                    Instant at) {
        return upsert(session, tenant, task, customer, due, false, true, at);
    }

    private Uni<Integer> upsert(Mutiny.Session session, String tenant, UUID task, UUID customer, LocalDate due,
                                boolean completed, boolean keepDone, Instant at) {
        return session.createNativeQuery(UPSERT).setParameter("keepDone", keepDone)
                .setParameter("tenant", tenant).setParameter("task", task)
                .setParameter("customer", customer).setParameter("due", due).setParameter("completed", completed)
                .setParameter("at", at).executeUpdate();
    }
}
