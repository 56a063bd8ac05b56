package io.csplatform.customers.owner;

import io.csplatform.customers.customer.Customer;
import io.csplatform.customers.owner.OwnerDtos.OwnerView;
import io.csplatform.customers.support.Publisher;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.payload.CustomerOwnerChanged;
import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Who holds each owner type of a customer; every change publishes {@code customer.owner.changed}. */
@ApplicationScoped
public class CustomerOwnerService {

    /** The default owner type first, then by name ignoring case, then id: the page order. */
    private static final String OWNERS = """
            select t.id, t.name, o.user_id, t.is_default from owner_type t
            left join customer_owner o on o.owner_type_id = t.id and o.customer_id = :customer
            where t.tenant_id = :tenant""";
    private static final String OWNERS_AFTER =
            " and (not t.is_default, lower(t.name), t.id) > (cast(:other as boolean), lower(:name), cast(:id as uuid))";
    private static final String OWNERS_ORDER = " order by not t.is_default, lower(t.name), t.id limit :limit";
    private static final String CURRENT = """
            select user_id from customer_owner where customer_id = :customer and owner_type_id = :type""";
    private static final String UPSERT = """
            insert into customer_owner (tenant_id, customer_id, owner_type_id, user_id, assigned_at)
            values (:tenant, :customer, :type, :user, :at)
            on conflict (customer_id, owner_type_id) do update set user_id = excluded.user_id, assigned_at = excluded.assigned_at""";
    private static final String CLEAR = "delete from customer_owner where customer_id = :customer and owner_type_id = :type";

    private final Mutiny.SessionFactory sessions;
    private final OwnerTypeService ownerTypes;
    private final Publisher publisher;
    private final Clock clock;

    public CustomerOwnerService(Mutiny.SessionFactory sessions, OwnerTypeService ownerTypes, Publisher publisher,
                                Clock clock) {
        this.sessions = sessions;
        this.ownerTypes = ownerTypes;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * A page of the tenant's owner types with their users (the default type first, then by name), after the cursor's
     * (default?, name, id); null when the customer is unknown in this tenant.
     */
    public Uni<Page<OwnerView>> owners(String tenantId, UUID customerId, KeyCursor after, int limit) {
        return sessions.withTransaction(session -> ownerTypes.ensureDefault(session, tenantId)
                .chain(() -> customer(session, tenantId, customerId, LockModeType.NONE))
                .onItem().ifNotNull().transformToUni(customer -> {
                    var query = session.createNativeQuery(OWNERS + (after == null ? "" : OWNERS_AFTER) + OWNERS_ORDER,
                                    Object[].class)
                            .setParameter("customer", customerId).setParameter("tenant", tenantId)
                            .setParameter("limit", limit + 1);
                    if (after != null) {
                        query.setParameter("other", after.key(0, OwnerTypeService::bool))
                                .setParameter("name", after.key(1)).setParameter("id", after.key(2, UUID::fromString));
                    }
                    return query.getResultList().map(rows -> KeyCursor.page(rows, limit,
                                    row -> KeyCursor.of(!(Boolean) row[3], row[1], row[0])))
                            .map(page -> new Page<>(page.items().stream()
                                    .map(row -> OwnerView.of((UUID) row[0], (String) row[1], (String) row[2])).toList(),
                                    page.nextCursor()));
                }));
    }

    /** What an assignment found and left: who held the owner type before and who holds it now. */
    public record Assignment(UUID ownerTypeId, String ownerTypeName, String previousUserId, String userId) {

        /** False when the user already held the type: nothing was written or published. */
        public boolean changed() {
            return !Objects.equals(previousUserId, userId);
        }

        OwnerView view() {
            return OwnerView.of(ownerTypeId, ownerTypeName, userId);
        }
    }

    /** Sets (or clears, with a null user) the owner of one type; null when the customer or the type is unknown. */
    public Uni<OwnerView> assign(String tenantId, UUID customerId, UUID ownerTypeId, String userId) {
        return sessions.withTransaction(session -> assign(session, null, tenantId, customerId, ownerTypeId, userId))
                .onItem().ifNotNull().transform(Assignment::view);
    }

    /**
     * Assignment inside the caller's transaction; {@code cause} is the command that asked for it (null for a
     * user's request). The customer row is locked, so concurrent changes of one customer's owners serialise.
     */
    public Uni<Assignment> assign(Mutiny.Session session, EventHeaders cause, String tenantId, UUID customerId,
                                  UUID ownerTypeId, String userId) {
        return customer(session, tenantId, customerId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNotNull().transformToUni(customer -> OwnerTypeService.find(session, tenantId, ownerTypeId))
                .onItem().ifNotNull().transformToUni(type -> current(session, customerId, ownerTypeId)
                        .chain(previous -> {
                            Assignment assignment = new Assignment(type.id, type.name, previous, userId);
                            return assignment.changed()
                                    ? write(session, cause, tenantId, customerId, type, previous, userId)
                                            .replaceWith(assignment)
                                    : Uni.createFrom().item(assignment);
                        }));
    }

    private Uni<Void> write(Mutiny.Session session, EventHeaders cause, String tenantId, UUID customerId,
                            OwnerType type, String previous, String userId) {
        var change = userId == null
                ? session.createNativeQuery(CLEAR).setParameter("customer", customerId).setParameter("type", type.id)
                : session.createNativeQuery(UPSERT).setParameter("tenant", tenantId).setParameter("customer", customerId)
                        .setParameter("type", type.id).setParameter("user", userId).setParameter("at", clock.instant());
        CustomerOwnerChanged event = new CustomerOwnerChanged(customerId, type.id, type.name, previous, userId);
        return change.executeUpdate()
                .chain(() -> publisher.publish(session, cause, tenantId, customerId, CustomerMessages.CUSTOMER_OWNER_CHANGED,
                        event))
                .replaceWithVoid();
    }

    private static Uni<String> current(Mutiny.Session session, UUID customerId, UUID ownerTypeId) {
        return session.createNativeQuery(CURRENT, String.class)
                .setParameter("customer", customerId).setParameter("type", ownerTypeId)
                .getSingleResultOrNull();
    }

    private static Uni<Customer> customer(Mutiny.Session session, String tenantId, UUID customerId, LockModeType lock) {
        return session.createSelectionQuery("from Customer where tenantId = :tenant and id = :id", Customer.class)
                .setParameter("tenant", tenantId).setParameter("id", customerId)
                .setLockMode(lock)
                .getSingleResultOrNull();
    }
}
