package io.csplatform.tickets.ticket;

import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Reads the tickets of the caller's tenant: newest first, filtered, a page at a time. */
@ApplicationScoped
public class TicketQueries {

    private final Mutiny.SessionFactory sessions;

    public TicketQueries(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** The ticket, or null when the tenant has no such ticket. */
    public Uni<TicketView> find(String tenantId, UUID id) {
        return sessions.withSession(session -> load(session, tenantId, id, LockModeType.NONE)
                .onItem().ifNotNull().transform(TicketView::of));
    }

    public Uni<Page<TicketView>> list(String tenantId, TicketFilter filter, Paging.Cursor after, int limit) {
        StringBuilder hql = new StringBuilder("from Ticket where tenantId = :tenant");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("tenant", tenantId);
        where(hql, params, "customerId", filter.customerId());
        where(hql, params, "contactId", filter.contactId());
        where(hql, params, "status", filter.status());
        where(hql, params, "priority", filter.priority());
        where(hql, params, "channel", filter.channel());
        where(hql, params, "assigneeId", filter.assigneeId());
        where(hql, params, "closed", filter.closed());
        where(hql, params, "externalId", filter.externalId());
        if (filter.createdFrom() != null) {
            hql.append(" and createdAt >= :createdFrom");
            params.put("createdFrom", filter.createdFrom());
        }
        if (filter.createdTo() != null) {
            hql.append(" and createdAt < :createdTo");
            params.put("createdTo", filter.createdTo());
        }
        if (after != null) {
            hql.append(" and (createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))");
            params.put("afterAt", after.at());
            params.put("afterId", after.id());
        }
        hql.append(" order by createdAt desc, id desc");
        return sessions.withSession(session -> {
            Mutiny.SelectionQuery<Ticket> query = session.createSelectionQuery(hql.toString(), Ticket.class);
            params.forEach(query::setParameter);
            return query.setMaxResults(limit + 1).getResultList()
                    .map(rows -> Paging.page(rows, limit, TicketView::of, view -> new Paging.Cursor(view.createdAt(), view.id())));
        });
    }

    static Uni<Ticket> load(Mutiny.Session session, String tenantId, UUID id, LockModeType lock) {
        return session.createSelectionQuery("from Ticket where tenantId = :tenant and id = :id", Ticket.class)
                .setParameter("tenant", tenantId).setParameter("id", id)
                .setLockMode(lock)
                .getSingleResultOrNull();
    }

    private static void where(StringBuilder hql, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            hql.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }
}
