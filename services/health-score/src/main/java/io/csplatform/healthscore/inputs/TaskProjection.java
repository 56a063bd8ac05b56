package io.csplatform.healthscore.inputs;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The customer's journey tasks: due date and whether done. Every task event carries the whole state that matters
 * (due date, done or not), so the newest by its time wins.
 */
@ApplicationScoped
public class TaskProjection {

    private static final String UPSERT = """
            insert into task_state (tenant_id, task_id, customer_id, due_date, completed, changed_on)
            values (:tenant, :task, :customer, :due, :completed, :at)
            on conflict (tenant_id, task_id) do update set due_date = excluded.due_date, completed = excluded.completed,
              changed_on = excluded.changed_on
            where task_state.changed_on <= excluded.changed_on""";

    public Uni<Integer> upsert(Mutiny.Session session, String tenant, UUID task, UUID customer, LocalDate due,
                               boolean completed, Instant at) {
        return session.createNativeQuery(UPSERT).setParameter("tenant", tenant).setParameter("task", task)
                .setParameter("customer", customer).setParameter("due", due).setParameter("completed", completed)
                .setParameter("at", at).executeUpdate();
    }
}
