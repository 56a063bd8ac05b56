package io.csplatform.customers.contact;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.customers.support.Publisher;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.payload.ContactCreated;
import io.csplatform.events.payload.ContactDeactivated;
import io.csplatform.events.payload.ContactUpdated;
import io.csplatform.events.payload.CustomerUpdated.FieldChange;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Contacts of a customer. The customer row is locked for every change, and when any active contact exists exactly
 * one of them is the main contact: the first one becomes main, a new main demotes the old, a leaving main hands over.
 */
@ApplicationScoped
public class ContactService {

    private static final String LOCK_CUSTOMER = "select id from customer where tenant_id = :tenant and id = :id for update";

    private final Mutiny.SessionFactory sessions;
    private final Publisher publisher;
    private final Clock clock;

    public ContactService(Mutiny.SessionFactory sessions, Publisher publisher, Clock clock) {
        this.sessions = sessions;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Null when the customer is unknown in this tenant. */
    public Uni<Contact> create(String tenantId, UUID customerId, ObjectNode body) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.tenantId = tenantId;
        contact.customerId = customerId;
        contact.createdAt = clock.instant();
        return Uni.createFrom().item(() -> ContactFields.FIELDS.apply(contact, body)).chain(applied -> {
            if (contact.name == null) {
                throw ProblemException.invalidField("name", "must be a non-blank text");
            }
            if (!contact.active) {
                throw ProblemException.invalidField("active", "a new contact is active");
            }
            return sessions.withTransaction(session -> lockCustomer(session, tenantId, customerId)
                    .onItem().ifNotNull().transformToUni(locked -> contacts(session, tenantId, customerId))
                    .onItem().ifNotNull().transformToUni(others -> {
                        Contact main = main(others);
                        contact.main = contact.main || main == null;
                        return demote(session, contact.main ? main : null)
                                .chain(() -> session.persist(contact)).chain(session::flush)
                                .chain(() -> publisher.publish(session, null, tenantId, customerId,
                                        CustomerMessages.CONTACT_CREATED, new ContactCreated(customerId, contact.id,
                                                contact.name, contact.email, contact.main, contact.keyUser)))
                                .replaceWith(contact);
                    }));
        });
    }

    /** Null when the customer or the contact is unknown in this tenant. */
    public Uni<Contact> patch(String tenantId, UUID customerId, UUID contactId, ObjectNode patch) {
        return sessions.withTransaction(session -> lockCustomer(session, tenantId, customerId)
                .onItem().ifNotNull().transformToUni(locked -> contacts(session, tenantId, customerId))
                .onItem().ifNotNull().transformToUni(all -> {
                    Contact contact = all.stream().filter(c -> c.id.equals(contactId)).findFirst().orElse(null);
                    if (contact == null) {
                        return Uni.createFrom().nullItem();
                    }
                    Contact previousMain = main(all);
                    Map<String, FieldChange> changes = ContactFields.FIELDS.apply(contact, patch);
                    if (changes.isEmpty()) {
                        return Uni.createFrom().item(contact);
                    }
                    contact.updatedAt = clock.instant();
                    Contact successor = MainContactRule.apply(contact, previousMain, all, changes);
                    return MainContactRule.save(session, contact, previousMain, successor)
                            .chain(() -> publisher.publish(session, null, tenantId, customerId,
                                    CustomerMessages.CONTACT_UPDATED, new ContactUpdated(customerId, contactId, changes)))
                            .chain(() -> changes.containsKey("active") && !contact.active
                                    ? publisher.publish(session, null, tenantId, customerId,
                                    CustomerMessages.CONTACT_DEACTIVATED, new ContactDeactivated(customerId, contactId,
                                            contact.name, contact.email, contact.keyUser, contact == previousMain,
                                            successor == null ? null : successor.id))
                                    : Uni.createFrom().voidItem())
                            .replaceWith(contact);
                }));
    }

    /** Every contact of the customer, main first; null when the customer is unknown in this tenant. */
    public Uni<List<Contact>> list(String tenantId, UUID customerId) {
        return sessions.withSession(session -> session.createNativeQuery(
                        "select id from customer where tenant_id = :tenant and id = :id", UUID.class)
                .setParameter("tenant", tenantId).setParameter("id", customerId).getSingleResultOrNull()
                .onItem().ifNotNull().transformToUni(found -> contacts(session, tenantId, customerId)));
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

    private static Contact main(List<Contact> contacts) {
        return contacts.stream().filter(c -> c.main).findFirst().orElse(null);
    }

    private static Uni<Void> demote(Mutiny.Session session, Contact main) {
        if (main == null) {
            return Uni.createFrom().voidItem();
        }
        main.main = false;
        return session.flush();
    }
}
