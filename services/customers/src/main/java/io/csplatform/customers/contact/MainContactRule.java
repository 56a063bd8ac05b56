package io.csplatform.customers.contact;

import io.csplatform.events.payload.CustomerUpdated.FieldChange;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.Map;

/** "Exactly one main contact when any active contact exists", applied to one contact's change. */
final class MainContactRule {

    private MainContactRule() {
    }

    /**
     * Checks the change and answers the contact that must become main instead of the old one (null: none). A main
     * contact is never unset directly (choose another main instead); an inactive contact is never main.
     */
    static Contact apply(Contact contact, Contact previousMain, List<Contact> all, Map<String, FieldChange> changes) {
        if (!contact.active && changes.containsKey("main") && contact.main) {
            throw ProblemException.conflict("inactive-main-contact", "an inactive contact cannot be the main contact");
        }
        if (contact == previousMain && !contact.main && contact.active) {
            throw ProblemException.conflict("main-contact-required",
                    "a customer with contacts keeps one main contact: make another contact main instead");
        }
        if (contact == previousMain && !contact.active) {
            contact.main = false;
            return all.stream().filter(c -> c != contact && c.active).findFirst().orElse(null);
        }
        if (contact.main && previousMain != null && previousMain != contact) {
            return contact;
        }
        if (contact.active && previousMain == null) {
            contact.main = true;
        }
        return null;
    }

    /** Writes the change; the main flag moves in two steps, as the unique index {@code contact_one_main} requires. */
    static Uni<Void> save(Mutiny.Session session, Contact contact, Contact previousMain, Contact successor) {
        if (successor == null) {
            return session.flush();
        }
        if (previousMain != null) {
            previousMain.main = false;
        }
        contact.main = false;
        successor.main = false;
        return session.flush().invoke(() -> successor.main = true).chain(session::flush);
    }
}
