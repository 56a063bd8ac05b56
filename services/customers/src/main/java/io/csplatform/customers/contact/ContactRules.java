package io.csplatform.customers.contact;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.customers.customer.CustomerEvents.Pending;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.payload.ContactCreated;
import io.csplatform.events.payload.ContactDeactivated;
import io.csplatform.events.payload.ContactUpdated;
import io.csplatform.events.payload.CustomerUpdated.FieldChange;
import io.csplatform.rest.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The contact rules as pure functions, shared by the API ({@link ContactService}, one contact per transaction) and the
 * set-based CSV import (many contacts of many customers per transaction): how a new contact is built and placed among
 * the customer's contacts (the first one is main, a new main demotes the old), how a change applies (fields, the
 * tenant's spelling of types, the main-contact rule) and which events each publishes.
 */
public final class ContactRules {

    /** The order the rules see a customer's contacts in: main first, then active ones, then by creation. */
    public static final Comparator<Contact> ORDER = Comparator.comparing((Contact c) -> !c.main)
            .thenComparing(c -> !c.active).thenComparing(c -> c.createdAt)
            .thenComparing(c -> c.id, ContactRules::compareAsPostgres);

    private ContactRules() {
    }

    /**
     * A new contact from request fields ({@code attributes} already taken out), checked before any I/O: a 400 naming
     * the field for a bad value, a missing name or an inactive new contact.
     */
    public static Contact draft(String tenantId, UUID customerId, ObjectNode fields, Instant now) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.tenantId = tenantId;
        contact.customerId = customerId;
        contact.createdAt = now;
        ContactFields.FIELDS.apply(contact, fields);
        if (contact.name == null) {
            throw ProblemException.invalidField("name", "must be a non-blank text");
        }
        if (!contact.active) {
            throw ProblemException.invalidField("active", "a new contact is active");
        }
        return contact;
    }

    /**
     * Places a new contact among {@code others} (the customer's contacts): it is main if asked or if there is no main
     * yet. Answers the old main contact it demotes (null: none); the caller sets that one's flag and saves it.
     */
    public static Contact place(Contact contact, List<Contact> others) {
        Contact main = main(others);
        contact.main = contact.main || main == null;
        return contact.main ? main : null;
    }

    /** Applies request {@code fields} ({@code attributes} taken out) to {@code contact}: the changes, by field. */
    public static Map<String, FieldChange> change(Contact contact, ObjectNode fields) {
        return new LinkedHashMap<>(ContactFields.FIELDS.apply(contact, fields));
    }

    /**
     * After {@link #change} changed {@code types}: sets the tenant's spelling ({@code known}, from
     * {@code ContactTypeService#resolve}) and drops the change when only the spelling differed.
     */
    public static void knownTypes(Contact contact, String[] known, Map<String, FieldChange> changes) {
        FieldChange change = changes.get("types");
        contact.types = known;
        ArrayNode to = JsonNodeFactory.instance.arrayNode();
        Arrays.stream(known).forEach(to::add);
        if (change.from().equals(to)) {
            changes.remove("types");
        } else {
            changes.put("types", new FieldChange(change.from(), to));
        }
    }

    /**
     * The main-contact rule for a changed {@code contact} (one of {@code all}, by identity): checks it and answers the
     * contact that must become main instead of {@code previousMain} (null: none), see {@link MainContactRule#apply}.
     */
    public static Contact successor(Contact contact, Contact previousMain, List<Contact> all,
                                    Map<String, FieldChange> changes) {
        return MainContactRule.apply(contact, previousMain, all, changes);
    }

    /** The flags after the rule chose {@code successor} (non-null): the old main and the contact lose it, it gains it. */
    public static void handOver(Contact contact, Contact previousMain, Contact successor) {
        if (previousMain != null) {
            previousMain.main = false;
        }
        contact.main = false;
        successor.main = true;
    }

    /** {@code contact.created} for a new contact (its attributes set). */
    public static Pending<ContactCreated> created(Contact contact) {
        return new Pending<>(CustomerMessages.CONTACT_CREATED, new ContactCreated(contact.customerId, contact.id,
                contact.name, contact.email, contact.main, contact.keyUser, contact.attributes, contact.phone,
                contact.birthday, List.of(contact.types)));
    }

    /** {@code contact.updated} with the changes, and {@code contact.deactivated} when the change deactivated it. */
    public static List<Pending<?>> updated(Contact contact, Contact previousMain, Contact successor,
                                           Map<String, FieldChange> changes) {
        List<Pending<?>> events = new ArrayList<>(2);
        events.add(new Pending<>(CustomerMessages.CONTACT_UPDATED,
                new ContactUpdated(contact.customerId, contact.id, changes)));
        if (changes.containsKey("active") && !contact.active) {
            events.add(new Pending<>(CustomerMessages.CONTACT_DEACTIVATED, new ContactDeactivated(contact.customerId,
                    contact.id, contact.name, contact.email, contact.keyUser, contact == previousMain,
                    successor == null ? null : successor.id)));
        }
        return events;
    }

    /** The main contact among {@code contacts}, or null. */
    public static Contact main(List<Contact> contacts) {
        return contacts.stream().filter(c -> c.main).findFirst().orElse(null);
    }

    /** PostgreSQL orders uuids byte by byte (unsigned), {@link UUID#compareTo} compares signed longs. */
    private static int compareAsPostgres(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** A copy to apply a change to, so that a refused change leaves the original as it was. */
    public static Contact copy(Contact c) {
        Contact copy = new Contact();
        copy.id = c.id;
        copy.tenantId = c.tenantId;
        copy.customerId = c.customerId;
        copy.name = c.name;
        copy.email = c.email;
        copy.phone = c.phone;
        copy.birthday = c.birthday;
        copy.types = c.types;
        copy.main = c.main;
        copy.keyUser = c.keyUser;
        copy.active = c.active;
        copy.createdAt = c.createdAt;
        copy.updatedAt = c.updatedAt;
        copy.attributes = c.attributes;
        return copy;
    }
}
