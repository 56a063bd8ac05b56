package io.csplatform.actions.tenant;

import io.csplatform.events.payload.TenantSettingsChanged;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;

/**
 * Who a tenant's e-mails come from: the sender name, address and reply-to of its settings
 * ({@code tenant.settings.changed}, kept here as a copy), else the platform's {@code quarkus.mailer.from}.
 */
@ApplicationScoped
public class TenantSenders {

    private static final String UPSERT = """
            insert into tenant_sender (tenant_id, sender_name, sender_address, reply_to, version, updated_at)
            values (:tenant, :name, :address, :replyTo, :version, :at)
            on conflict (tenant_id) do update set sender_name = excluded.sender_name,
                sender_address = excluded.sender_address, reply_to = excluded.reply_to, version = excluded.version,
                updated_at = excluded.updated_at
            where tenant_sender.version <= excluded.version""";

    /** From and Reply-To headers ({@code replyTo} may be null). */
    public record Sender(String from, String replyTo) {

        /** The domain Message-IDs use: the sender address's. */
        public String domain() {
            int at = from.lastIndexOf('@');
            return at < 0 ? "csplatform.local" : from.substring(at + 1).replace(">", "").strip();
        }
    }

    private final String platformFrom;
    private final Clock clock;

    public TenantSenders(@ConfigProperty(name = "quarkus.mailer.from") String platformFrom, Clock clock) {
        this.platformFrom = platformFrom;
        this.clock = clock;
    }

    public Uni<Sender> of(Mutiny.Session session, String tenantId) {
        return session.createNativeQuery("select sender_name, sender_address, reply_to from tenant_sender where tenant_id = :tenant",
                        Object[].class)
                .setParameter("tenant", tenantId).getResultList()
                .map(rows -> sender(rows.isEmpty() ? null : rows.get(0)));
    }

    private Sender sender(Object[] row) {
        if (row == null || row[1] == null) {
            return new Sender(platformFrom, row == null ? null : (String) row[2]);
        }
        String name = (String) row[0];
        String address = (String) row[1];
        return new Sender(name == null || name.isBlank() ? address : quoted(name) + " <" + address + ">", (String) row[2]);
    }

    private static String quoted(String name) {
        return name.matches("[\\p{L}\\p{N} .'-]*") ? name : "\"" + name.replace("\"", "'") + "\"";
    }

    /** Applies a newer copy of the settings; an older one changes nothing. */
    public Uni<Void> apply(Mutiny.Session session, TenantSettingsChanged settings) {
        return session.createNativeQuery(UPSERT)
                .setParameter("tenant", settings.tenantId()).setParameter("name", settings.emailSenderName())
                .setParameter("address", settings.emailSenderAddress()).setParameter("replyTo", settings.emailReplyTo())
                .setParameter("version", settings.version()).setParameter("at", clock.instant())
                .executeUpdate().replaceWithVoid();
    }
}
