package io.csplatform.journeys.owner;

import io.csplatform.events.payload.Assignee;
import io.csplatform.events.payload.CustomerOwnerChanged;
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
            where tenant_id = :tenant and customer_id = :customer order by owner_type_name""";

    private final Mutiny.SessionFactory sessions;

    public OwnerDirectory(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** The owner types known for the customer and who holds each (userId null: nobody). */
    public Uni<List<Owner>> ofCustomer(String tenantId, UUID customerId) {
        return sessions.withSession(session -> session.createNativeQuery(OF_CUSTOMER, Object[].class)
                .setParameter("tenant", tenantId).setParameter("customer", customerId)
                .getResultList()
                .map(rows -> rows.stream()
                        .map(row -> new Owner(UUID.fromString((String) row[0]), (String) row[1], (String) row[2]))
                        .toList()));
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
