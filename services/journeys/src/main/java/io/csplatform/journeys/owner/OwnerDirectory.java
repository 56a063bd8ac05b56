package io.csplatform.journeys.owner;

import io.csplatform.events.payload.Assignee;
import io.csplatform.events.payload.CustomerOwnerChanged;
import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.UUID;

/** Who holds each owner type of a customer, projected from {@code customer.owner.changed}. */
@ApplicationScoped
public class OwnerDirectory {

    private static final String UPSERT = """
            insert into customer_owner (tenant_id, customer_id, owner_type_id, owner_type_name, user_id)
            values (:tenant, :customer, :type, :name, :user)
            on conflict (tenant_id, customer_id, owner_type_id)
            do update set owner_type_name = excluded.owner_type_name, user_id = excluded.user_id""";
    private static final String HOLDER = """
            select user_id from customer_owner
            where tenant_id = :tenant and customer_id = :customer
              and (lower(owner_type_name) = lower(:type) or cast(owner_type_id as text) = lower(:type))
              and user_id is not null""";

    private static final String OF_CUSTOMER = """
            select cast(owner_type_id as text), owner_type_name, user_id from customer_owner
            where tenant_id = :tenant and customer_id = :customer""";
    private static final String AFTER = " and (owner_type_name, owner_type_id) > (:name, cast(:type as uuid))";
    private static final String ORDER = " order by owner_type_name, owner_type_id limit :limit";

    private final Mutiny.SessionFactory sessions;

    public OwnerDirectory(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /**
     * A page of the owner types known for the customer and who holds each (userId null: nobody), by owner type name
     * then id, after the cursor's (name, id).
     */
    public Uni<Page<Owner>> ofCustomer(String tenantId, UUID customerId, KeyCursor after, int limit) {
        return sessions.withSession(session -> {
            var query = session.createNativeQuery(OF_CUSTOMER + (after == null ? "" : AFTER) + ORDER, Object[].class)
                    .setParameter("tenant", tenantId).setParameter("customer", customerId)
                    .setParameter("limit", limit + 1);
            if (after != null) {
                query.setParameter("name", after.key(0)).setParameter("type", after.key(1, UUID::fromString));
            }
            return query.getResultList().map(rows -> KeyCursor.page(rows.stream()
                            .map(row -> new Owner(UUID.fromString((String) row[0]), (String) row[1], (String) row[2]))
                            .toList(), limit, owner -> KeyCursor.of(owner.ownerTypeName(), owner.ownerTypeId())));
        });
    }

    public record Owner(UUID ownerTypeId, String ownerTypeName, String userId) {
    }

    public Uni<Void> apply(Mutiny.Session session, String tenantId, CustomerOwnerChanged change) {
        return session.createNativeQuery(UPSERT)
                .setParameter("tenant", tenantId).setParameter("customer", change.customerId())
                .setParameter("type", change.ownerTypeId()).setParameter("name", change.ownerTypeName())
                .setParameter("user", change.toUserId())
                .executeUpdate().replaceWithVoid();
    }

    /**
     * The user a task goes to: the fixed user, or whoever holds the owner type (by name or id) for the customer
     * now; {@link Resolved#unassigned()} when the owner type is held by nobody.
     */
    public Uni<Resolved> resolve(Mutiny.Session session, String tenantId, UUID customerId, Assignee assignee) {
        if (assignee == null || (assignee.ownerType() == null && assignee.userId() == null)) {
            return Uni.createFrom().item(new Resolved(null, null));
        }
        if (assignee.userId() != null || assignee.ownerType() == null) {
            return Uni.createFrom().item(new Resolved(assignee.ownerType(), assignee.userId()));
        }
        return session.createNativeQuery(HOLDER, String.class)
                .setParameter("tenant", tenantId).setParameter("customer", customerId)
                .setParameter("type", assignee.ownerType())
                .getResultList()
                .map(List::stream)
                .map(users -> new Resolved(assignee.ownerType(), users.findFirst().orElse(null)));
    }

    /** The owner type asked for and the user found; no user for an owner type means "unassigned". */
    public record Resolved(String ownerType, String userId) {

        public boolean unassigned() {
            return ownerType != null && userId == null;
        }

        public Assignee asAssignee() {
            return ownerType == null && userId == null ? null : new Assignee(ownerType, userId);
        }
    }
}
