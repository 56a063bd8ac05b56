package io.csplatform.tickets.status;

import io.csplatform.rest.ProblemException;
import io.csplatform.tickets.status.StatusList.Status;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Each tenant's ticket statuses ({@link StatusList#DEFAULT} until it edits them). The list is replaced whole; a
 * status still held by a ticket cannot be removed.
 */
@ApplicationScoped
public class TicketStatuses {

    private static final String IN_USE = """
            select distinct status from ticket where tenant_id = :tenant and status not in (:kept) order by status""";

    /** Serialises replacements of one tenant's list. */
    private static final String LOCK = "select 1 from (select pg_advisory_xact_lock(hashtext(:key))) locked";

    private final Mutiny.SessionFactory sessions;

    public TicketStatuses(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    public Uni<StatusList> of(String tenantId) {
        return sessions.withSession(session -> of(session, tenantId));
    }

    public Uni<StatusList> of(Mutiny.Session session, String tenantId) {
        return session.createNativeQuery(
                        "select name, closed from ticket_status where tenant_id = :tenant order by position", Object[].class)
                .setParameter("tenant", tenantId).getResultList()
                .map(rows -> rows.isEmpty() ? StatusList.DEFAULT
                        : new StatusList(rows.stream().map(row -> new Status((String) row[0], (Boolean) row[1])).toList()));
    }

    /** Replaces the tenant's list: names unique, at least one open and one closed status, none in use removed. */
    public Uni<StatusList> replace(String tenantId, StatusList list) {
        check(list);
        return sessions.withTransaction(session -> session.createNativeQuery(LOCK, Integer.class)
                        .setParameter("key", "ticket_status:" + tenantId).getSingleResult()
                        .chain(() -> session.createNativeQuery(IN_USE, String.class)
                                .setParameter("tenant", tenantId).setParameter("kept", list.names()).getResultList())
                        .invoke(inUse -> {
                            if (!inUse.isEmpty()) {
                                throw ProblemException.conflict("status-in-use",
                                        "tickets still have the status(es) " + inUse + "; move them first");
                            }
                        })
                        .chain(() -> session.createNativeQuery("delete from ticket_status where tenant_id = :tenant")
                                .setParameter("tenant", tenantId).executeUpdate())
                        .chain(() -> insert(session, tenantId, list)))
                .replaceWith(list);
    }

    private static Uni<Void> insert(Mutiny.Session session, String tenantId, StatusList list) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int position : IntStream.range(0, list.items().size()).toArray()) {
            Status status = list.items().get(position);
            chain = chain.chain(() -> session.createNativeQuery(
                            "insert into ticket_status (tenant_id, name, closed, position) values (:tenant, :name, :closed, :position)")
                    .setParameter("tenant", tenantId).setParameter("name", status.name())
                    .setParameter("closed", status.closed()).setParameter("position", position)
                    .executeUpdate().replaceWithVoid());
        }
        return chain;
    }

    private static void check(StatusList list) {
        List<String> names = list.names();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw ProblemException.invalidField("items", "status '" + name + "' appears twice");
            }
        }
        if (list.items().stream().allMatch(Status::closed) || list.items().stream().noneMatch(Status::closed)) {
            throw ProblemException.invalidField("items", "needs at least one open and one closed status");
        }
    }
}
