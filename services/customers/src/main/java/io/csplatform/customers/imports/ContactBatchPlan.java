package io.csplatform.customers.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.customers.attribute.AttributeDefinition;
import io.csplatform.customers.attribute.CustomerAttributes;
import io.csplatform.customers.contact.Contact;
import io.csplatform.customers.contact.ContactRules;
import io.csplatform.customers.contact.ContactService;
import io.csplatform.customers.contacttype.ContactTypeService;
import io.csplatform.customers.customer.CustomerEvents.Pending;
import io.csplatform.events.payload.CustomerUpdated.FieldChange;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One contacts batch applied in memory, row after row in file order, with {@link ContactRules} (the API's rules): no
 * I/O. It starts from the batch's customers' contacts (and their attribute values) as stored, and ends with what to
 * write — the new contacts, the changed ones with their stored main flag, the attribute values and the events in
 * order — so that the batch is written with a few set-based statements. A row the rules refuse changes nothing.
 */
final class ContactBatchPlan {

    /** An event of one customer's stream, in the order the rows published it. */
    record Event(UUID customerId, Instant at, Pending<?> pending) {
    }

    /** An attribute value to store ({@code value} JSON null: remove it). */
    record AttributeWrite(UUID contactId, String key, JsonNode value) {
    }

    private final String tenantId;
    private final Clock clock;
    private final List<String> typeNames;
    private final List<AttributeDefinition> definitions;
    private final Map<UUID, List<Contact>> byCustomer = new HashMap<>();
    private final Map<UUID, Map<String, JsonNode>> attributes;
    private final Map<UUID, Boolean> storedMain = new HashMap<>();

    /** The contacts to insert (final state), by id, in creation order. */
    final Map<UUID, Contact> inserted = new LinkedHashMap<>();
    /** The stored contacts that changed (final state), by id. */
    final Map<UUID, Contact> changed = new LinkedHashMap<>();
    final Map<String, AttributeWrite> attributeWrites = new LinkedHashMap<>();
    final List<Event> events = new ArrayList<>();

    /**
     * @param contacts   the stored contacts of the batch's customers
     * @param attributes their attribute values by contact (only needed when the file has attribute columns)
     * @param typeNames  the tenant's contact types (only needed when the file has types)
     */
    ContactBatchPlan(String tenantId, Clock clock, List<Contact> contacts, Map<UUID, Map<String, JsonNode>> attributes,
                     List<String> typeNames, List<AttributeDefinition> definitions) {
        this.tenantId = tenantId;
        this.clock = clock;
        this.attributes = attributes;
        this.typeNames = typeNames;
        this.definitions = definitions;
        for (Contact contact : contacts) {
            byCustomer.computeIfAbsent(contact.customerId, id -> new ArrayList<>()).add(contact);
            storedMain.put(contact.id, contact.main);
        }
        byCustomer.values().forEach(all -> all.sort(ContactRules.ORDER));
    }

    /** Whether {@code contact} is the one a row with this e-mail (or, without one, this name) updates. */
    static boolean matches(Contact contact, String email, String name) {
        return email != null ? email.equalsIgnoreCase(contact.email)
                : contact.email == null && name.equalsIgnoreCase(contact.name);
    }

    /** The stored main flag of a changed contact (its main flag moves in two steps, see ContactImportWriter). */
    boolean storedMain(UUID contactId) {
        return storedMain.getOrDefault(contactId, false);
    }

    /**
     * Applies a row to the customer's contacts as {@link ContactService#upsert} does: updates the first contact (main
     * first, then active ones, then by creation) with the row's e-mail, or without one its name; else creates one.
     * A {@code ProblemException} (naming the field) when the rules refuse the row; then nothing changed.
     */
    ContactService.Upsert apply(UUID customerId, ContactImportRows.Row row) {
        List<Contact> all = byCustomer.computeIfAbsent(customerId, id -> new ArrayList<>());
        Contact existing = all.stream().filter(c -> matches(c, row.email(), row.name())).findFirst().orElse(null);
        ObjectNode fields = row.fields().deepCopy();
        JsonNode attributePatch = fields.remove("attributes");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ContactService.Upsert outcome = existing == null ? create(customerId, all, fields, attributePatch, now)
                : update(customerId, all, existing, fields, attributePatch, now);
        all.sort(ContactRules.ORDER);
        return outcome;
    }

    private ContactService.Upsert create(UUID customerId, List<Contact> all, ObjectNode fields, JsonNode attributePatch,
                                         Instant now) {
        Contact contact = ContactRules.draft(tenantId, customerId, fields, now);
        if (contact.types.length > 0) {
            contact.types = ContactTypeService.resolve(contact.types, typeNames);
        }
        Map<String, FieldChange> attributeChanges = attributePatch == null ? Map.of()
                : CustomerAttributes.changes(definitions, Map.of(), attributePatch);
        // checked: from here on the row applies
        Contact demoted = ContactRules.place(contact, all);
        if (demoted != null) {
            demoted.main = false;
            touch(demoted);
        }
        Map<String, JsonNode> values = new TreeMap<>();
        attributeChanges.forEach((key, change) -> {
            String attribute = key.substring("attributes.".length());
            if (!change.to().isNull()) {
                values.put(attribute, change.to());
            }
            attributeWrites.put(contact.id + "/" + attribute, new AttributeWrite(contact.id, attribute, change.to()));
        });
        contact.attributes = new LinkedHashMap<>(values);
        attributes.put(contact.id, contact.attributes);
        all.add(contact);
        inserted.put(contact.id, contact);
        events.add(new Event(customerId, now, ContactRules.created(contact)));
        return ContactService.Upsert.CREATED;
    }

    private ContactService.Upsert update(UUID customerId, List<Contact> all, Contact existing, ObjectNode fields,
                                         JsonNode attributePatch, Instant now) {
        Contact contact = ContactRules.copy(existing);
        Map<String, FieldChange> changes = ContactRules.change(contact, fields);
        if (changes.containsKey("types")) {
            ContactRules.knownTypes(contact, ContactTypeService.resolve(contact.types, typeNames), changes);
        }
        Map<String, JsonNode> current = attributes.getOrDefault(existing.id, Map.of());
        Map<String, FieldChange> attributeChanges = attributePatch == null ? Map.of()
                : CustomerAttributes.changes(definitions, current, attributePatch);
        changes.putAll(attributeChanges);
        if (changes.isEmpty()) {
            return ContactService.Upsert.UNCHANGED;
        }
        contact.updatedAt = now;
        List<Contact> view = new ArrayList<>(all);
        view.replaceAll(c -> c == existing ? contact : c);
        Contact stored = ContactRules.main(all);
        Contact previousMain = stored == existing ? contact : stored;
        Contact successor = ContactRules.successor(contact, previousMain, view, changes);
        // checked: from here on the row applies
        all.replaceAll(c -> c == existing ? contact : c);
        if (successor != null) {
            ContactRules.handOver(contact, previousMain, successor);
            if (previousMain != null) {
                touch(previousMain);
            }
            touch(successor);
        }
        touch(contact);
        if (!attributeChanges.isEmpty()) {
            Map<String, JsonNode> values = new TreeMap<>(current);
            attributeChanges.forEach((key, change) -> {
                String attribute = key.substring("attributes.".length());
                if (change.to().isNull()) {
                    values.remove(attribute);
                } else {
                    values.put(attribute, change.to());
                }
                attributeWrites.put(contact.id + "/" + attribute, new AttributeWrite(contact.id, attribute, change.to()));
            });
            contact.attributes = new LinkedHashMap<>(values);
            attributes.put(contact.id, contact.attributes);
        }
        ContactRules.updated(contact, previousMain, successor, changes)
                .forEach(event -> events.add(new Event(customerId, now, event)));
        return ContactService.Upsert.UPDATED;
    }

    /** Records the contact's latest state to write: an insert if the batch created it, else an update. */
    private void touch(Contact contact) {
        (inserted.containsKey(contact.id) ? inserted : changed).put(contact.id, contact);
    }
}
