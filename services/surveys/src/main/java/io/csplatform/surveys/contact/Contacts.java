package io.csplatform.surveys.contact;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.payload.ContactCreated;
import io.csplatform.events.payload.CustomerCreated;
import io.csplatform.events.payload.ContactDeactivated;
import io.csplatform.events.payload.ContactUpdated;
import io.csplatform.events.payload.CustomerUpdated.FieldChange;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.UUID;

/**
 * Each customer's contacts, projected from {@code contact.*} events and the main contact of {@code customer.created}: whom a CSM's send goes to by default and whom
 * "contacts without an answer" lists. Events of one customer arrive in order (one partition), so the latest wins.
 */
@ApplicationScoped
public class Contacts {

    private static final String UPSERT = """
            insert into contact (tenant_id, contact_id, customer_id, name, email, active)
            values (:tenant, :contact, :customer, :name, :email, :active)
            on conflict (tenant_id, contact_id) do update set customer_id = excluded.customer_id,
              name = case when :setName then excluded.name else contact.name end,
              email = case when :setEmail then excluded.email else contact.email end,
              active = case when :setActive then excluded.active else contact.active end""";
    private static final String ACTIVE = """
            select cast(contact_id as text), name, email from contact
            where tenant_id = :tenant and customer_id = :customer and active order by name, contact_id""";

    /** An active contact of a customer; {@code email} may be null. */
    public record Contact(UUID id, String name, String email) {
    }

    public Uni<Void> created(Mutiny.Session session, String tenant, ContactCreated created) {
        return upsert(session, tenant, created.customerId(), created.contactId(), created.name(), created.email(), true,
                true, true, true);
    }

    /** The main contact a customer was created with ({@code customer.created}'s {@code mainContact}). */
    public Uni<Void> mainContact(Mutiny.Session session, String tenant, CustomerCreated created) {
        CustomerCreated.Contact main = created.mainContact();
        return upsert(session, tenant, created.customerId(), main.contactId(), main.name(), main.email(), true,
                true, true, true);
    }

    public Uni<Void> updated(Mutiny.Session session, String tenant, ContactUpdated updated) {
        var changes = updated.changes() == null ? java.util.Map.<String, FieldChange>of() : updated.changes();
        FieldChange active = changes.get("active");
        return upsert(session, tenant, updated.customerId(), updated.contactId(), text(changes.get("name")),
                text(changes.get("email")), active == null || active.to() == null || active.to().asBoolean(true),
                changes.containsKey("name"), changes.containsKey("email"), active != null);
    }

    public Uni<Void> deactivated(Mutiny.Session session, String tenant, ContactDeactivated deactivated) {
        return upsert(session, tenant, deactivated.customerId(), deactivated.contactId(), deactivated.name(),
                deactivated.email(), false, deactivated.name() != null, deactivated.email() != null, true);
    }

    /** The customer's active contacts, by name. */
    public Uni<List<Contact>> active(Mutiny.Session session, String tenant, UUID customerId) {
        return session.createNativeQuery(ACTIVE, Object[].class)
                .setParameter("tenant", tenant).setParameter("customer", customerId)
                .getResultList()
                .map(rows -> rows.stream().map(row -> new Contact(UUID.fromString((String) row[0]), (String) row[1],
                        (String) row[2])).toList());
    }

    private static Uni<Void> upsert(Mutiny.Session session, String tenant, UUID customerId, UUID contactId, String name,
                                    String email, boolean active, boolean setName, boolean setEmail, boolean setActive) {
        return session.createNativeQuery(UPSERT)
                .setParameter("tenant", tenant).setParameter("contact", contactId).setParameter("customer", customerId)
                .setParameter("name", name).setParameter("email", email == null ? null : email.strip())
                .setParameter("active", active).setParameter("setName", setName).setParameter("setEmail", setEmail)
                .setParameter("setActive", setActive)
                .executeUpdate().replaceWithVoid();
    }

    private static String text(FieldChange change) {
        JsonNode to = change == null ? null : change.to();
        return to == null || to.isNull() ? null : to.asText();
    }
}
