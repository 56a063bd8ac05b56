package io.csplatform.actions.email;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.UUID;

/**
 * The durable record that makes e-mail at most once per (execution, step, recipient). Each call commits on its own,
 * outside the consumer's transaction: a claim must be durable before SMTP sees the e-mail, and stay when the
 * consumer's transaction later rolls back.
 */
@ApplicationScoped
public class EmailDeliveries {

    /** What a claim found: the e-mail is ours to send, was sent already, or was being sent when the service stopped. */
    public enum Claim { NEW, SENT, UNKNOWN }

    private static final String CLAIM = """
            insert into email_delivery (execution_id, step, recipient, tenant_id, customer_id, message_id, status, claimed_at)
            values (:execution, :step, :recipient, :tenant, :customer, :messageId, 'SENDING', :at)
            on conflict do nothing""";

    private final Mutiny.SessionFactory sessions;
    private final Clock clock;

    public EmailDeliveries(Mutiny.SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    public Uni<Claim> claim(Delivery delivery) {
        return sessions.withTransaction(session -> session.createNativeQuery(CLAIM)
                .setParameter("execution", delivery.executionId()).setParameter("step", delivery.step())
                .setParameter("recipient", delivery.recipient()).setParameter("tenant", delivery.tenantId())
                .setParameter("customer", delivery.customerId()).setParameter("messageId", delivery.messageId())
                .setParameter("at", clock.instant())
                .executeUpdate()
                .chain(inserted -> inserted == 1 ? Uni.createFrom().item(Claim.NEW)
                        : session.createNativeQuery("""
                                        select status from email_delivery
                                        where execution_id = :execution and step = :step and recipient = :recipient""",
                                        String.class)
                                .setParameter("execution", delivery.executionId()).setParameter("step", delivery.step())
                                .setParameter("recipient", delivery.recipient()).getSingleResult()
                                .map(status -> "SENT".equals(status) ? Claim.SENT : Claim.UNKNOWN)));
    }

    /** SMTP accepted it. */
    public Uni<Void> sent(Delivery delivery) {
        return sessions.withTransaction(session -> session.createNativeQuery("""
                        update email_delivery set status = 'SENT', sent_at = :at
                        where execution_id = :execution and step = :step and recipient = :recipient""")
                .setParameter("at", clock.instant()).setParameter("execution", delivery.executionId())
                .setParameter("step", delivery.step()).setParameter("recipient", delivery.recipient())
                .executeUpdate()).replaceWithVoid();
    }

    /** SMTP refused it: nothing went out, so a retry may send it. */
    public Uni<Void> release(Delivery delivery) {
        return sessions.withTransaction(session -> session.createNativeQuery("""
                        delete from email_delivery
                        where execution_id = :execution and step = :step and recipient = :recipient and status = 'SENDING'""")
                .setParameter("execution", delivery.executionId()).setParameter("step", delivery.step())
                .setParameter("recipient", delivery.recipient())
                .executeUpdate()).replaceWithVoid();
    }

    /** One e-mail: its key, and the Message-ID derived from it, so the same e-mail always carries the same id. */
    public record Delivery(UUID executionId, int step, String recipient, String tenantId, UUID customerId, String domain) {

        public String messageId() {
            return "<" + executionId + "." + step + "." + UUID.nameUUIDFromBytes(recipient.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)) + "@" + domain + ">";
        }
    }
}
