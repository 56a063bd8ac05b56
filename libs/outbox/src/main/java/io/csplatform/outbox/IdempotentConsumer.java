package io.csplatform.outbox;

import io.csplatform.events.IncomingMessage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.util.function.Function;

/**
 * Applies a message at most once per consumer: the inbox row and the side effect commit in one
 * transaction, so a redelivered message (same tenant and {@code ce_id}) changes nothing. The key holds the tenant:
 * another tenant reusing an id cannot suppress a message. Counts every attempt in
 * {@code cs_messages_consumed_total{consumer,type,outcome}} (applied, duplicate, failed: a failed attempt is retried,
 * then parked).
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final String RECORD = """
            insert into inbox (tenant_id, event_id, consumer) values (:tenant, :id, :consumer) on conflict do nothing""";

    private final Mutiny.SessionFactory sessions;

    public IdempotentConsumer(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    public Uni<Void> apply(String consumer, IncomingMessage message, Function<Mutiny.Session, Uni<?>> work) {
        String type = message.headers().type();
        boolean[] duplicate = {false};
        return sessions.withTransaction(session -> session.createNativeQuery(RECORD)
                .setParameter("tenant", message.headers().tenantId())
                .setParameter("id", message.headers().id())
                .setParameter("consumer", consumer)
                .executeUpdate()
                .chain(inserted -> {
                    if (inserted == 0) {
                        LOG.debugf("%s already applied %s %s", consumer, message.headers().type(), message.headers().id());
                        duplicate[0] = true;
                        return Uni.createFrom().voidItem();
                    }
                    return work.apply(session).replaceWithVoid();
                }))
                .onItemOrFailure().invoke((ok, failure) -> PlatformMeters.consumed(consumer, type,
                        failure != null ? "failed" : duplicate[0] ? "duplicate" : "applied"));
    }
}
