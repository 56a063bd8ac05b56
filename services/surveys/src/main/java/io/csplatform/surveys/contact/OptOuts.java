package io.csplatform.surveys.contact;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Addresses (and the contacts behind them) that asked for no more surveys, per tenant. A send skips a recipient whose
 * address or contact opted out.
 */
@ApplicationScoped
public class OptOuts {

    private static final String INSERT = """
            insert into opt_out (tenant_id, email, contact_id, customer_id, invitation_id, opted_out_at)
            values (:tenant, :email, :contact, :customer, :invitation, :at) on conflict do nothing""";
    private static final String AMONG = """
            select email, cast(contact_id as text) from opt_out
            where tenant_id = :tenant and (email in (:emails) or contact_id in (:contacts))""";

    /** Who of a send's recipients opted out. */
    public record OptedOut(Set<String> emails, Set<UUID> contacts) {

        public boolean test(String email, UUID contactId) {
            return emails.contains(normal(email)) || contactId != null && contacts.contains(contactId);
        }
    }

    public Uni<OptedOut> among(Mutiny.Session session, String tenant, Collection<String> emails,
                               Collection<UUID> contactIds) {
        List<String> addresses = emails.stream().map(OptOuts::normal).toList();
        // "in ()" is not SQL: a nil UUID stands for "no contact"
        List<UUID> contacts = contactIds.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(contactIds);
        return session.createNativeQuery(AMONG, Object[].class)
                .setParameter("tenant", tenant).setParameter("emails", addresses.isEmpty() ? List.of("") : addresses)
                .setParameter("contacts", contacts)
                .getResultList()
                .map(rows -> {
                    Set<String> optedEmails = new HashSet<>();
                    Set<UUID> optedContacts = new HashSet<>();
                    rows.forEach(row -> {
                        optedEmails.add((String) row[0]);
                        if (row[1] != null) {
                            optedContacts.add(UUID.fromString((String) row[1]));
                        }
                    });
                    return new OptedOut(optedEmails, optedContacts);
                });
    }

    /** Records the opt-out of the invitation's address; true when it is new. */
    public Uni<Boolean> optOut(Mutiny.Session session, String tenant, String email, UUID contactId, UUID customerId,
                               UUID invitationId, Instant at) {
        return session.createNativeQuery(INSERT)
                .setParameter("tenant", tenant).setParameter("email", normal(email)).setParameter("contact", contactId)
                .setParameter("customer", customerId).setParameter("invitation", invitationId).setParameter("at", at)
                .executeUpdate().map(inserted -> inserted == 1);
    }

    public Uni<Boolean> isOptedOut(Mutiny.Session session, String tenant, String email) {
        return session.createNativeQuery("select count(*) from opt_out where tenant_id = :tenant and email = :email",
                        Long.class)
                .setParameter("tenant", tenant).setParameter("email", normal(email))
                .getSingleResult().map(count -> count > 0);
    }

    public static String normal(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
