package io.csplatform.outbox;

import io.csplatform.events.IncomingMessage;
import io.csplatform.rest.Unavailable;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Applies a message at most once per consumer: the inbox row and the side effect commit in one
 * transaction, so a redelivered message (same tenant and {@code ce_id}) changes nothing. The key holds the tenant:
 * another tenant reusing an id cannot suppress a message. Counts every attempt in
 * {@code cs_messages_consumed_total{consumer,type,outcome}} (applied, duplicate, failed: a failed attempt is retried,
 * then parked).
 * <p>
 * A failure of the platform's own infrastructure ({@link Unavailable#is}: the database restarting or refusing
 * connections, a connection lost) is not the message's fault: the attempt is repeated, 0.5 s then up to every 10 s,
 * for as long as the outage lasts, so an outage delays messages and never parks them. Only the message's own failures
 * reach the consumer's retries and then its dead-letter topic.
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
        Context context = Vertx.currentContext();
        // each attempt starts on the message's Vert.x context (Hibernate Reactive needs it), also after a back-off
        Executor onContext = context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
        return Uni.createFrom().deferred(() -> attempt(consumer, message, work))
                .runSubscriptionOn(onContext)
                .onFailure(Unavailable::is).invoke(failure -> LOG.warnf("%s: %s %s waits for the infrastructure: %s",
                        consumer, message.headers().type(), message.headers().id(), failure.getMessage()))
                .onFailure(Unavailable::is).retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10))
                .indefinitely();
    }

    /** The message's inbox row for {@code consumer}, in the session's transaction: 1 when new, 0 when applied before. */
    static Uni<Integer> record(Mutiny.Session session, String consumer, IncomingMessage message) {
        return session.createNativeQuery(RECORD)
                .setParameter("tenant", message.headers().tenantId())
                .setParameter("id", message.headers().id())
                .setParameter("consumer", consumer)
                .executeUpdate();
    }

    /**
     * The inbox rows of a group's messages for {@code consumer}, in one statement and the session's transaction: for
     * each message, in order, whether it is new (false: applied before, or a copy of an earlier message of the group).
     */
    static Uni<boolean[]> recordAll(Mutiny.Session session, String consumer, List<IncomingMessage> messages) {
        StringBuilder sql = new StringBuilder("insert into inbox (tenant_id, event_id, consumer) values");
        for (int i = 0; i < messages.size(); i++) {
            sql.append(i == 0 ? " " : ", ").append("(:tenant").append(i).append(", :id").append(i).append(", :consumer)");
        }
        sql.append(" on conflict do nothing returning tenant_id || ' ' || cast(event_id as text)");
        var query = session.createNativeQuery(sql.toString(), String.class).setParameter("consumer", consumer);
        for (int i = 0; i < messages.size(); i++) {
            query.setParameter("tenant" + i, messages.get(i).headers().tenantId())
                    .setParameter("id" + i, messages.get(i).headers().id());
        }
        return query.getResultList().map(inserted -> {
            Set<String> fresh = new HashSet<>(inserted);
            boolean[] applies = new boolean[messages.size()];
            for (int i = 0; i < messages.size(); i++) {
                // only the first copy of a message in the group applies: the row was inserted once
                applies[i] = fresh.remove(messages.get(i).headers().tenantId() + " " + messages.get(i).headers().id());
            }
            return applies;
        });
    }

    private Uni<Void> attempt(String consumer, IncomingMessage message, Function<Mutiny.Session, Uni<?>> work) {
        String type = message.headers().type();
        boolean[] duplicate = {false};
        return sessions.withTransaction(session -> record(session, consumer, message)
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
