package io.csplatform.customers.contacttype;

import io.csplatform.customers.contacttype.ContactTypeResource.ContactTypeView;
import io.csplatform.outbox.UniqueViolation;
import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.Problem;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The contact types of a tenant: names unique ignoring case (index {@code contact_type_name}). Contacts hold the
 * names; they are checked here, renaming a type renames it on its contacts, and a type in use is never deleted.
 */
@ApplicationScoped
public class ContactTypeService {

    private static final String SELECT = "select id, name from contact_type where tenant_id = :tenant";
    private static final String IN_USE = "select count(*) from contact where tenant_id = :tenant and :name = any(types)";

    private final Mutiny.SessionFactory sessions;

    public ContactTypeService(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** A page of the tenant's contact types by name (ignoring case), then id, after the cursor's (name, id). */
    public Uni<Page<ContactTypeView>> list(String tenantId, KeyCursor after, int limit) {
        String seek = after == null ? "" : " and (lower(name), id) > (lower(:name), cast(:id as uuid))";
        return sessions.withSession(session -> {
            var query = session.createNativeQuery(SELECT + seek + " order by lower(name), id limit :limit", Object[].class)
                    .setParameter("tenant", tenantId).setParameter("limit", limit + 1);
            if (after != null) {
                query.setParameter("name", after.key(0)).setParameter("id", after.key(1, UUID::fromString));
            }
            return query.getResultList().map(rows -> KeyCursor.page(
                    rows.stream().map(row -> new ContactTypeView((UUID) row[0], (String) row[1])).toList(), limit,
                    type -> KeyCursor.of(type.name(), type.id())));
        });
    }

    public Uni<ContactTypeView> get(String tenantId, UUID id) {
        return sessions.withSession(session -> one(session, tenantId, id, ""));
    }

    public Uni<ContactTypeView> create(String tenantId, String name) {
        ContactTypeView type = new ContactTypeView(UUID.randomUUID(), name.strip());
        return sessions.withTransaction(session -> session.createNativeQuery(
                                "insert into contact_type (id, tenant_id, name) values (:id, :tenant, :name)")
                        .setParameter("id", type.id()).setParameter("tenant", tenantId).setParameter("name", type.name())
                        .executeUpdate().replaceWith(type))
                .onFailure(UniqueViolation.of("contact_type_name")).transform(e -> duplicate(type.name()));
    }

    /** Null when unknown in this tenant. */
    public Uni<ContactTypeView> rename(String tenantId, UUID id, String name) {
        String newName = name.strip();
        return sessions.withTransaction(session -> one(session, tenantId, id, " for update")
                        .onItem().ifNotNull().transformToUni(old -> session.createNativeQuery(
                                        "update contact_type set name = :name where id = :id")
                                .setParameter("name", newName).setParameter("id", id).executeUpdate()
                                .chain(() -> session.createNativeQuery("update contact set types = array_replace(types,"
                                                + " cast(:old as text), cast(:name as text)) where tenant_id = :tenant"
                                                + " and cast(:old as text) = any(types)")
                                        .setParameter("old", old.name()).setParameter("name", newName)
                                        .setParameter("tenant", tenantId).executeUpdate())
                                .replaceWith(new ContactTypeView(id, newName))))
                .onFailure(UniqueViolation.of("contact_type_name")).transform(e -> duplicate(newName));
    }

    /** False when unknown in this tenant; a 409 while a contact holds it. */
    public Uni<Boolean> delete(String tenantId, UUID id) {
        return sessions.withTransaction(session -> one(session, tenantId, id, " for update")
                .chain(type -> type == null ? Uni.createFrom().item(false) : session.createNativeQuery(IN_USE, Long.class)
                        .setParameter("tenant", tenantId).setParameter("name", type.name()).getSingleResult()
                        .chain(holders -> {
                            if (holders > 0) {
                                throw ProblemException.conflict("contact-type-in-use", "contact type '" + type.name()
                                        + "' is held by " + holders + " contact(s): remove it from them first");
                            }
                            return session.createNativeQuery("delete from contact_type where id = :id")
                                    .setParameter("id", id).executeUpdate().replaceWith(true);
                        })));
    }

    /**
     * The tenant's spelling of each of {@code names}, matched ignoring case; a 400 naming {@code types[i]} for an
     * unknown one. The types read stay locked (shared) until the transaction ends, so none is deleted meanwhile.
     */
    public Uni<String[]> require(Mutiny.Session session, String tenantId, String[] names) {
        if (names.length == 0) {
            return Uni.createFrom().item(names);
        }
        return types(session, tenantId, " for share")
                .map(types -> resolve(names, types.stream().map(ContactTypeView::name).toList()));
    }

    /**
     * The tenant's spelling ({@code typeNames}, the tenant's types) of each of {@code names}, matched ignoring case,
     * without repeats; a 400 naming {@code types[i]} for an unknown one.
     */
    public static String[] resolve(String[] names, List<String> typeNames) {
        Map<String, String> byKey = typeNames.stream()
                .collect(Collectors.toMap(n -> n.toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        String[] known = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            known[i] = byKey.get(names[i].toLowerCase(Locale.ROOT));
            if (known[i] == null) {
                throw ProblemException.invalidField("types[" + i + "]", "unknown contact type '" + names[i]
                        + "'; the tenant's types are " + byKey.values().stream().sorted().toList());
            }
        }
        return java.util.Arrays.stream(known).distinct().toArray(String[]::new);
    }

    private static Uni<List<ContactTypeView>> types(Mutiny.Session session, String tenantId, String lock) {
        return session.createNativeQuery(SELECT + " order by lower(name)" + lock, Object[].class)
                .setParameter("tenant", tenantId).getResultList()
                .map(rows -> rows.stream().map(row -> new ContactTypeView((UUID) row[0], (String) row[1])).toList());
    }

    private static Uni<ContactTypeView> one(Mutiny.Session session, String tenantId, UUID id, String lock) {
        return session.createNativeQuery(SELECT + " and id = :id" + lock, Object[].class)
                .setParameter("tenant", tenantId).setParameter("id", id).getSingleResultOrNull()
                .map(row -> row == null ? null : new ContactTypeView((UUID) row[0], (String) row[1]));
    }

    private static ProblemException duplicate(String name) {
        String detail = "contact type '" + name + "' exists (names are unique ignoring case)";
        return new ProblemException(new Problem("https://csplatform.io/problems/duplicate-contact-type", "Conflict", 409,
                detail, List.of(new Problem.FieldError("name", detail))));
    }
}
