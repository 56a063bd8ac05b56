package io.csplatform.healthscore.inputs;

import io.csplatform.events.payload.TicketSlaBreached;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.util.UUID;

/**
 * The customer's tickets: open or closed by the newest ticket version (an older one never overwrites it); each SLA
 * breach once per ticket and metric.
 */
@ApplicationScoped
public class TicketProjection {

    private static final String UPSERT = """
            insert into ticket_state (tenant_id, ticket_id, customer_id, closed, priority, opened_at, version)
            values (:tenant, :ticket, :customer, :closed, :priority, :opened, :version)
            on conflict (tenant_id, ticket_id) do update set closed = excluded.closed, priority = excluded.priority,
              opened_at = coalesce(ticket_state.opened_at, excluded.opened_at), version = excluded.version
            where ticket_state.version < excluded.version""";
    private static final String BREACH = """
            insert into ticket_breach (tenant_id, ticket_id, metric, customer_id, breached_at)
            values (:tenant, :ticket, :metric, :customer, :at) on conflict do nothing""";

    public Uni<Integer> state(Mutiny.Session session, String tenant, UUID ticket, UUID customer, boolean closed,
                              String priority, Instant openedAt, long version) {
        return session.createNativeQuery(UPSERT).setParameter("tenant", tenant).setParameter("ticket", ticket)
                .setParameter("customer", customer).setParameter("closed", closed).setParameter("priority", priority)
                .setParameter("opened", openedAt).setParameter("version", version).executeUpdate();
    }

    public Uni<Integer> breached(Mutiny.Session session, String tenant, TicketSlaBreached breach) {
        return session.createNativeQuery(BREACH).setParameter("tenant", tenant)
                .setParameter("ticket", breach.ticketId()).setParameter("metric", breach.metric().name())
                .setParameter("customer", breach.customerId()).setParameter("at", breach.breachedAt())
                .executeUpdate();
    }
}
