package io.csplatform.customers.owner;

import io.csplatform.customers.owner.OwnerDtos.OwnerTypeView;
import io.csplatform.customers.support.Publisher;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.payload.CustomerOwnerChanged;
import io.csplatform.outbox.UniqueViolation;
import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.Problem;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Owner types of a tenant: the default "Analista Principal" always exists, can be renamed, never deleted. */
@ApplicationScoped
public class OwnerTypeService {

    public static final String DEFAULT_NAME = "Analista Principal";
    private static final String ENSURE_DEFAULT = """
            insert into owner_type (id, tenant_id, name, is_default, created_at)
            values (:id, :tenant, :name, true, now()) on conflict do nothing""";

    private static final String HOLDERS = "select customer_id, user_id from customer_owner where owner_type_id = :type";

    private final Mutiny.SessionFactory sessions;
    private final Publisher publisher;
    private final Clock clock;

    public OwnerTypeService(Mutiny.SessionFactory sessions, Publisher publisher, Clock clock) {
        this.sessions = sessions;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Creates the tenant's default type on its first use; a no-op afterwards. */
    public Uni<Void> ensureDefault(Mutiny.Session session, String tenantId) {
        return session.createNativeQuery(ENSURE_DEFAULT)
                .setParameter("id", UUID.randomUUID()).setParameter("tenant", tenantId).setParameter("name", DEFAULT_NAME)
                .executeUpdate().replaceWithVoid();
    }

    /**
     * A page of the tenant's owner types: the default first, then by name (ignoring case), then id; after the
     * cursor's (default?, name, id).
     */
    public Uni<Page<OwnerTypeView>> list(String tenantId, KeyCursor after, int limit) {
        String byName = "(lower(name) > lower(:name) or (lower(name) = lower(:name) and id > :id))";
        boolean afterDefault = after != null && after.key(0, OwnerTypeService::bool);
        String seek = after == null ? ""
                : afterDefault ? " and (isDefault = false or " + byName + ")" : " and isDefault = false and " + byName;
        return sessions.withTransaction(session -> ensureDefault(session, tenantId)
                .chain(() -> {
                    var query = session.createSelectionQuery("from OwnerType where tenantId = :tenant" + seek
                                    + " order by isDefault desc, lower(name), id", OwnerType.class)
                            .setParameter("tenant", tenantId).setMaxResults(limit + 1);
                    if (after != null) {
                        query.setParameter("name", after.key(1)).setParameter("id", after.key(2, UUID::fromString));
                    }
                    return query.getResultList();
                })
                .map(types -> KeyCursor.page(types.stream().map(OwnerTypeView::of).toList(), limit,
                        type -> KeyCursor.of(type.isDefault(), type.name(), type.id()))));
    }

    /** A cursor's yes/no key; anything else is not a key this list gave. */
    static boolean bool(String key) {
        if (!key.equals("true") && !key.equals("false")) {
            throw new IllegalArgumentException("not a boolean: " + key);
        }
        return Boolean.parseBoolean(key);
    }

    public Uni<OwnerTypeView> get(String tenantId, UUID id) {
        return sessions.withSession(session -> find(session, tenantId, id).map(type -> type == null ? null : OwnerTypeView.of(type)));
    }

    public Uni<OwnerTypeView> create(String tenantId, String name) {
        OwnerType type = new OwnerType();
        type.id = UUID.randomUUID();
        type.tenantId = tenantId;
        type.name = name.strip();
        type.createdAt = clock.instant();
        return sessions.withTransaction(session -> ensureDefault(session, tenantId)
                        .chain(() -> session.persist(type)).chain(session::flush)
                        .replaceWith(OwnerTypeView.of(type)))
                .onFailure(UniqueViolation.of("owner_type_name")).transform(e -> duplicate(type.name));
    }

    public Uni<OwnerTypeView> rename(String tenantId, UUID id, String name) {
        return sessions.withTransaction(session -> find(session, tenantId, id)
                        .onItem().ifNotNull().transformToUni(type -> {
                            type.name = name.strip();
                            return session.flush().replaceWith(OwnerTypeView.of(type));
                        }))
                .onFailure(UniqueViolation.of("owner_type_name")).transform(e -> duplicate(name.strip()));
    }

    /**
     * Deletes a type; the customers that had a user in it get {@code customer.owner.changed} to nobody. Answers false
     * when there is no such type.
     */
    public Uni<Boolean> delete(String tenantId, UUID id) {
        return sessions.withTransaction(session -> find(session, tenantId, id)
                .onItem().ifNotNull().transformToUni(type -> {
                    if (type.isDefault) {
                        throw ProblemException.conflict("default-owner-type",
                                "the default owner type '" + type.name + "' cannot be deleted; rename it instead");
                    }
                    return session.createNativeQuery(HOLDERS, Object[].class).setParameter("type", id).getResultList()
                            .chain(holders -> {
                                Uni<Void> published = Uni.createFrom().voidItem();
                                for (Object[] holder : holders) {
                                    UUID customerId = (UUID) holder[0];
                                    published = published.chain(() -> publisher.publish(session, null, tenantId, customerId,
                                            CustomerMessages.CUSTOMER_OWNER_CHANGED, new CustomerOwnerChanged(customerId,
                                                    type.id, type.name, (String) holder[1], null)));
                                }
                                return published;
                            })
                            .chain(() -> session.remove(type)).chain(session::flush).replaceWith(Boolean.TRUE);
                })
                .onItem().ifNull().continueWith(Boolean.FALSE));
    }

    /** The owner type of this tenant, or null. */
    public static Uni<OwnerType> find(Mutiny.Session session, String tenantId, UUID id) {
        return session.createSelectionQuery("from OwnerType where tenantId = :tenant and id = :id", OwnerType.class)
                .setParameter("tenant", tenantId).setParameter("id", id).getSingleResultOrNull();
    }

    private static ProblemException duplicate(String name) {
        String detail = "an owner type named '" + name + "' already exists (names are compared ignoring case)";
        return new ProblemException(new Problem("https://csplatform.io/problems/duplicate-owner-type", "Conflict", 409,
                detail, List.of(new Problem.FieldError("name", detail))));
    }
}
