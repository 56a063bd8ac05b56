package io.csplatform.customerdirectory;

import io.csplatform.events.payload.CustomerCreated;
import io.csplatform.events.payload.CustomerUpdated;
import io.csplatform.outbox.CommitGroups;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The customers this service knows (table {@code customer_ref}, created by the service's own migrations), projected
 * from the customers service's events: the service's records may only name one of them, and ERP messages find theirs
 * by external id. Read your writes: in an HTTP request, a customer not known here yet is asked of the customers service
 * on the caller's behalf ({@link CustomersLookup}) and, when it exists, entered at once, so a customer created a moment
 * ago can be named in the next request; its events, arriving later, change nothing.
 */
@ApplicationScoped
public class CustomerDirectory {

    /** The customers read and locked for a group of messages ({@link #lockedByExternalIds}), per session. */
    private record Prefetched(Map<String, UUID> byExternalId, Set<String> locked) {
        static String key(String tenantId, Object id) {
            return tenantId + "\n" + id;
        }
    }

    private final CustomersLookup lookup;
    private final Map<Mutiny.Session, Prefetched> prefetched = Collections.synchronizedMap(new IdentityHashMap<>());

    public CustomerDirectory(CustomersLookup lookup) {
        this.lookup = lookup;
    }

    private static final String UPSERT = """
            insert into customer_ref (tenant_id, customer_id, external_id, name) values (:tenant, :customer, :externalId, :name)
            on conflict (tenant_id, customer_id) do update set external_id = excluded.external_id,
              name = coalesce(excluded.name, customer_ref.name)""";
    private static final String LOCK_BY_EXTERNAL_IDS = """
            select cast(customer_id as text) || ' ' || external_id from customer_ref
            where tenant_id = :tenant and external_id in (:externalIds) order by customer_id for update""";
    private static final String LOCK = """
            select cast(customer_id as text) from customer_ref where tenant_id = :tenant and customer_id = :customer for update""";

    public Uni<Void> created(Mutiny.Session session, String tenantId, CustomerCreated created) {
        return upsert(session, tenantId, created.customerId(), created.externalId(), created.name());
    }

    public Uni<Void> updated(Mutiny.Session session, String tenantId, CustomerUpdated updated) {
        var name = updated.changes() == null ? null : updated.changes().get("name");
        String newName = name == null || name.to() == null || name.to().isNull() ? null : name.to().asText();
        return upsert(session, tenantId, updated.customerId(), updated.externalId(), newName);
    }

    /** Locks the customer's row for the rest of the transaction (serialises its changes per customer); null when unknown. */
    public Uni<UUID> lock(Mutiny.Session session, String tenantId, UUID customerId) {
        Prefetched known = prefetched.get(session);
        if (known != null && known.locked().contains(Prefetched.key(tenantId, customerId))) {
            return Uni.createFrom().item(customerId);
        }
        return lockKnown(session, tenantId, customerId).chain(id -> id != null ? Uni.createFrom().item(id)
                : askOwner(session, tenantId, customerId).chain(found -> found ? lockKnown(session, tenantId, customerId)
                        : Uni.createFrom().nullItem()));
    }

    public Uni<Boolean> exists(Mutiny.Session session, String tenantId, UUID customerId) {
        return session.createNativeQuery(
                        "select count(*) from customer_ref where tenant_id = :tenant and customer_id = :customer", Long.class)
                .setParameter("tenant", tenantId).setParameter("customer", customerId)
                .getSingleResult()
                .chain(count -> count > 0 ? Uni.createFrom().item(true) : askOwner(session, tenantId, customerId));
    }

    private Uni<UUID> lockKnown(Mutiny.Session session, String tenantId, UUID customerId) {
        return session.createNativeQuery(LOCK, String.class)
                .setParameter("tenant", tenantId).setParameter("customer", customerId)
                .getSingleResultOrNull()
                .map(id -> id == null ? null : UUID.fromString(id));
    }

    /** Asks the customers service (only in an HTTP request, on the caller's behalf) and enters what it knows. */
    private Uni<Boolean> askOwner(Mutiny.Session session, String tenantId, UUID customerId) {
        return lookup.find(customerId).chain(found -> found == null || !found.id().equals(customerId)
                ? Uni.createFrom().item(false)
                : upsert(session, tenantId, customerId, found.externalId(), found.name()).replaceWith(true));
    }

    /** The customer id for the ERP's external id; null when unknown. */
    public Uni<UUID> byExternalId(Mutiny.Session session, String tenantId, String externalId) {
        Prefetched known = prefetched.get(session);
        UUID prefetchedId = known == null ? null : known.byExternalId().get(Prefetched.key(tenantId, externalId));
        if (prefetchedId != null) {
            return Uni.createFrom().item(prefetchedId);
        }
        return session.createNativeQuery(
                        "select cast(customer_id as text) from customer_ref where tenant_id = :tenant and external_id = :externalId",
                        String.class)
                .setParameter("tenant", tenantId).setParameter("externalId", externalId)
                .getSingleResultOrNull()
                .map(id -> id == null ? null : UUID.fromString(id));
    }

    /**
     * Runs {@code work} in the session's transaction with the customers of {@code externalIds} (per tenant) found and
     * locked first, in one statement per tenant and in id order (so two groups cannot deadlock): within the work,
     * {@link #byExternalId} and {@link #lock} answer them without a statement. A customer not known yet is left to
     * those calls, which look again. For a group of ERP messages, which would otherwise find and lock each message's
     * customer one by one.
     */
    public <T> Uni<T> lockedByExternalIds(Mutiny.Session session, Map<String, Set<String>> externalIds,
                                          Supplier<Uni<T>> work) {
        if (prefetched.containsKey(session)) {
            return work.get();
        }
        Prefetched found = new Prefetched(new HashMap<>(), new HashSet<>());
        Uni<Void> locking = Uni.createFrom().voidItem();
        for (var tenant : externalIds.entrySet()) {
            locking = locking.chain(() -> session.createNativeQuery(LOCK_BY_EXTERNAL_IDS, String.class)
                    .setParameter("tenant", tenant.getKey()).setParameter("externalIds", List.copyOf(tenant.getValue()))
                    .getResultList()
                    .invoke(rows -> rows.forEach(row -> {
                        int space = row.indexOf(' ');
                        UUID customerId = UUID.fromString(row.substring(0, space));
                        found.byExternalId().put(Prefetched.key(tenant.getKey(), row.substring(space + 1)), customerId);
                        found.locked().add(Prefetched.key(tenant.getKey(), customerId));
                    }))
                    .replaceWithVoid());
        }
        return locking.invoke(() -> prefetched.put(session, found))
                .chain(work::get)
                .eventually(() -> prefetched.remove(session));
    }

    /**
     * A commit group's scope for messages keyed by their customer's external id (ERP, helpdesk): the group's customers
     * found and locked up front ({@link #lockedByExternalIds}), per tenant of its messages.
     */
    public CommitGroups.Scope lockedFirst() {
        return new CommitGroups.Scope() {
            @Override
            public <T> Uni<T> around(Mutiny.Session session, List<CommitGroups.Member> group, Supplier<Uni<T>> work) {
                Map<String, Set<String>> keys = new HashMap<>();
                group.forEach(member -> keys.computeIfAbsent(member.message().headers().tenantId(),
                        tenant -> new HashSet<>()).add(member.key()));
                return lockedByExternalIds(session, keys, work);
            }
        };
    }

    private static Uni<Void> upsert(Mutiny.Session session, String tenantId, UUID customerId, String externalId,
                                    String name) {
        return session.createNativeQuery(UPSERT)
                .setParameter("tenant", tenantId).setParameter("customer", customerId)
                .setParameter("externalId", externalId).setParameter("name", name)
                .executeUpdate().replaceWithVoid();
    }
}
