package io.csplatform.customers.contact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.customers.attribute.CustomerAttributes;
import io.csplatform.customers.contacttype.ContactTypeService;
import io.csplatform.customers.customer.CustomerEvents.Pending;
import io.csplatform.customers.support.Publisher;
import io.csplatform.events.payload.CustomerUpdated.FieldChange;
import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Contacts of a customer. The customer row is locked for every change, and when any active contact exists exactly
 * one of them is the main contact: the first one becomes main, a new main demotes the old, a leaving main hands over.
 */
@ApplicationScoped
public class ContactService {

    private static final String LOCK_CUSTOMER = "select id from customer where tenant_id = :tenant and id = :id for update";

    private final Mutiny.SessionFactory sessions;
    private final Publisher publisher;
    private final ContactTypeService contactTypes;
    private final CustomerAttributes attributes;
    private final Clock clock;

    public ContactService(Mutiny.SessionFactory sessions, Publisher publisher, ContactTypeService contactTypes,
                          CustomerAttributes attributes, Clock clock) {
        this.sessions = sessions;
        this.publisher = publisher;
        this.contactTypes = contactTypes;
        this.attributes = attributes;
        this.clock = clock;
    }

    /** What {@link #upsert} did. */
    public enum Upsert { CREATED, UPDATED, UNCHANGED }

    /** Null when the customer is unknown in this tenant. */
    public Uni<Contact> create(String tenantId, UUID customerId, ObjectNode body) {
        return Uni.createFrom().item(() -> new Draft(tenantId, customerId, body)).chain(draft -> sessions.withTransaction(
                session -> locked(session, tenantId, customerId)
                        .onItem().ifNotNull().transformToUni(all -> insert(session, draft, all))));
    }

    /** Null when the customer or the contact is unknown in this tenant. */
    public Uni<Contact> patch(String tenantId, UUID customerId, UUID contactId, ObjectNode patch) {
        return sessions.withTransaction(session -> locked(session, tenantId, customerId)
                .onItem().ifNotNull().transformToUni(all -> {
                    Contact contact = all.stream().filter(c -> c.id.equals(contactId)).findFirst().orElse(null);
                    return contact == null ? Uni.createFrom().nullItem() : update(session, all, contact, patch);
                }));
    }

    /**
     * Updates the customer's first contact that {@code match} accepts with {@code fields}, or creates one from them:
     * one transaction, the same rules and events as {@link #create} and {@link #patch}. Null when the customer is
     * unknown in this tenant.
     */
    public Uni<Upsert> upsert(String tenantId, UUID customerId, Predicate<Contact> match, ObjectNode fields) {
        return sessions.withTransaction(session -> locked(session, tenantId, customerId)
                .onItem().ifNotNull().transformToUni(all -> {
                    Contact existing = all.stream().filter(match).findFirst().orElse(null);
                    if (existing == null) {
                        return insert(session, new Draft(tenantId, customerId, fields), all).replaceWith(Upsert.CREATED);
                    }
                    Instant before = existing.updatedAt;
                    return update(session, all, existing, fields)
                            .map(updated -> Objects.equals(before, updated.updatedAt) ? Upsert.UNCHANGED : Upsert.UPDATED);
                }));
    }

    /** A new contact built from a request body, checked before any I/O; its attributes are applied once it exists. */
    private final class Draft {
        final Contact contact;
        final JsonNode attributes;

        Draft(String tenantId, UUID customerId, ObjectNode body) {
            ObjectNode fields = body.deepCopy();
            attributes = fields.remove("attributes");
            contact = ContactRules.draft(tenantId, customerId, fields, clock.instant());
        }
    }

    /** Inserts the draft among {@code others} (the customer's contacts, customer locked): the first one is main. */
    private Uni<Contact> insert(Mutiny.Session session, Draft draft, List<Contact> others) {
        Contact contact = draft.contact;
        String tenantId = contact.tenantId;
        UUID customerId = contact.customerId;
        return contactTypes.require(session, tenantId, contact.types).invoke(types -> contact.types = types).chain(() -> {
            return demote(session, ContactRules.place(contact, others))
                    .chain(() -> session.persist(contact)).chain(session::flush)
                    .chain(() -> draft.attributes == null ? Uni.createFrom().voidItem()
                            : attributes.apply(session, tenantId, CustomerAttributes.CONTACT, contact.id,
                            draft.attributes).replaceWithVoid())
                    .chain(() -> withAttributes(session, customerId, List.of(contact)))
                    .chain(() -> publish(session, tenantId, customerId, ContactRules.created(contact)))
                    .replaceWith(contact);
        });
    }

    /** Applies {@code patch} to {@code contact}, one of {@code all} (the customer's contacts, customer locked). */
    private Uni<Contact> update(Mutiny.Session session, List<Contact> all, Contact contact, ObjectNode patch) {
        String tenantId = contact.tenantId;
        UUID customerId = contact.customerId;
        Contact previousMain = ContactRules.main(all);
        ObjectNode fields = patch.deepCopy();
        JsonNode attributePatch = fields.remove("attributes");
        Map<String, FieldChange> changes = ContactRules.change(contact, fields);
        return knownTypes(session, tenantId, contact, changes)
                .chain(() -> attributePatch == null ? Uni.createFrom().item(Map.<String, FieldChange>of())
                        : attributes.apply(session, tenantId, CustomerAttributes.CONTACT, contact.id, attributePatch))
                .chain(attributeChanges -> {
                    changes.putAll(attributeChanges);
                    return (changes.isEmpty() ? Uni.createFrom().voidItem()
                            : save(session, tenantId, customerId, contact, all, previousMain, changes))
                            .chain(() -> withAttributes(session, customerId, List.of(contact)))
                            .replaceWith(contact);
                });
    }

    /** Locks the customer and answers its contacts, main first; null when the customer is unknown in this tenant. */
    private static Uni<List<Contact>> locked(Mutiny.Session session, String tenantId, UUID customerId) {
        return lockCustomer(session, tenantId, customerId)
                .onItem().ifNotNull().transformToUni(found -> contacts(session, tenantId, customerId));
    }

    private Uni<Void> save(Mutiny.Session session, String tenantId, UUID customerId, Contact contact, List<Contact> all,
                              Contact previousMain, Map<String, FieldChange> changes) {
        contact.updatedAt = clock.instant();
        Contact successor = ContactRules.successor(contact, previousMain, all, changes);
        Uni<Void> written = MainContactRule.save(session, contact, previousMain, successor);
        for (Pending<?> event : ContactRules.updated(contact, previousMain, successor, changes)) {
            written = written.chain(() -> publish(session, tenantId, customerId, event));
        }
        return written;
    }

    private <T> Uni<Void> publish(Mutiny.Session session, String tenantId, UUID customerId, Pending<T> event) {
        return publisher.publish(session, null, tenantId, customerId, event.type(), event.payload());
    }

    /** Checks a change of {@code types} against the tenant's contact types, keeping the tenant's spelling. */
    private Uni<Void> knownTypes(Mutiny.Session session, String tenantId, Contact contact, Map<String, FieldChange> changes) {
        FieldChange change = changes.get("types");
        if (change == null) {
            return Uni.createFrom().voidItem();
        }
        return contactTypes.require(session, tenantId, contact.types)
                .invoke(types -> ContactRules.knownTypes(contact, types, changes)).replaceWithVoid();
    }

    /** Every contact of the customer, main first; null when the customer is unknown in this tenant. */
    public Uni<List<Contact>> list(String tenantId, UUID customerId) {
        return sessions.withSession(session -> session.createNativeQuery(
                        "select id from customer where tenant_id = :tenant and id = :id", UUID.class)
                .setParameter("tenant", tenantId).setParameter("id", customerId).getSingleResultOrNull()
                .onItem().ifNotNull().transformToUni(found -> contacts(session, tenantId, customerId)
                        .call(all -> withAttributes(session, customerId, all))));
    }

    private static final String PAGE_ORDER = "(not main), (not active), created_at, id";

    /**
     * A page of the customer's contacts (main first, then active ones, then by creation) after the cursor's contact;
     * null when the tenant has no such customer.
     */
    public Uni<Page<Contact>> page(String tenantId, UUID customerId, KeyCursor after, int limit) {
        String sql = "select cast(id as text), cast(not main as text), cast(not active as text),"
                + " to_char(created_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
                + " from contact where tenant_id = :tenant and customer_id = :customer"
                + (after == null ? "" : " and (" + PAGE_ORDER + ") > (cast(:main as boolean), cast(:active as boolean),"
                + " cast(:at as timestamptz), cast(:id as uuid))")
                + " order by " + PAGE_ORDER + " limit :limit";
        return sessions.withSession(session -> session.createNativeQuery(
                        "select id from customer where tenant_id = :tenant and id = :id", UUID.class)
                .setParameter("tenant", tenantId).setParameter("id", customerId).getSingleResultOrNull()
                .onItem().ifNotNull().transformToUni(found -> {
                    var query = session.createNativeQuery(sql, Object[].class).setParameter("tenant", tenantId)
                            .setParameter("customer", customerId).setParameter("limit", limit + 1);
                    if (after != null) {
                        // the cursor's keys, read back as the columns' own types (a key that does not read is a 400)
                        query.setParameter("main", after.key(1, ContactService::bool))
                                .setParameter("active", after.key(2, ContactService::bool))
                                .setParameter("at", after.key(0, text -> OffsetDateTime.ofInstant(Instant.parse(text),
                                        ZoneOffset.UTC)))
                                .setParameter("id", after.key(3, UUID::fromString));
                    }
                    return query.getResultList().chain(rows -> {
                        Map<UUID, KeyCursor> positions = new LinkedHashMap<>();
                        rows.forEach(row -> positions.put(UUID.fromString((String) row[0]),
                                KeyCursor.of(row[3], row[1], row[2], row[0])));
                        return byIds(session, List.copyOf(positions.keySet()))
                                .call(page -> withAttributes(session, customerId, page))
                                .map(page -> KeyCursor.page(page, limit, c -> positions.get(c.id)));
                    });
                }));
    }

    private static Boolean bool(String text) {
        if (!"true".equals(text) && !"false".equals(text)) {
            throw new IllegalArgumentException("not a boolean");
        }
        return Boolean.valueOf(text);
    }

    private static Uni<List<Contact>> byIds(Mutiny.Session session, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return session.createSelectionQuery("from Contact where id in :ids", Contact.class).setParameter("ids", ids)
                .getResultList().map(found -> {
                    Map<UUID, Contact> byId = new LinkedHashMap<>();
                    found.forEach(c -> byId.put(c.id, c));
                    return ids.stream().map(byId::get).toList();
                });
    }

    /** Sets the custom attribute values of {@code contacts}, all of one customer. */
    private Uni<Void> withAttributes(Mutiny.Session session, UUID customerId, List<Contact> contacts) {
        return attributes.contactValues(session, customerId).invoke(values -> contacts.forEach(
                c -> c.attributes = values.getOrDefault(c.id, Map.of()))).replaceWithVoid();
    }

    private static Uni<Object> lockCustomer(Mutiny.Session session, String tenantId, UUID customerId) {
        return session.createNativeQuery(LOCK_CUSTOMER).setParameter("tenant", tenantId).setParameter("id", customerId)
                .getSingleResultOrNull();
    }

    private static Uni<List<Contact>> contacts(Mutiny.Session session, String tenantId, UUID customerId) {
        return session.createSelectionQuery("from Contact where tenantId = :tenant and customerId = :customer"
                        + " order by main desc, active desc, createdAt, id", Contact.class)
                .setParameter("tenant", tenantId).setParameter("customer", customerId).getResultList();
    }

    private static Uni<Void> demote(Mutiny.Session session, Contact main) {
        if (main == null) {
            return Uni.createFrom().voidItem();
        }
        main.main = false;
        return session.flush();
    }
}
