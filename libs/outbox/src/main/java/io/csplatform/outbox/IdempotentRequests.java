package io.csplatform.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.function.Supplier;

/**
 * Requests sent with an {@code Idempotency-Key}: the key is claimed and the answer stored in the caller's
 * transaction, with the work itself. A replay (same tenant and key) answers the stored answer and does nothing;
 * a concurrent duplicate waits on the key's row lock and then replays. The same key with another request
 * (endpoint or body, compared by {@code fingerprint}) is refused.
 */
@ApplicationScoped
public class IdempotentRequests {

    private static final String CLAIM = """
            insert into idempotency_key (tenant_id, idempotency_key, fingerprint) values (:tenant, :key, :fingerprint)
            on conflict do nothing""";
    private static final String STORED = """
            select fingerprint, status, body from idempotency_key where tenant_id = :tenant and idempotency_key = :key""";
    private static final String STORE = """
            update idempotency_key set status = :status, body = :body where tenant_id = :tenant and idempotency_key = :key""";

    /** An answer: HTTP status and JSON body; {@code replayed} when it is a stored one. */
    public record Answer(int status, String body, boolean replayed) {
    }

    /** The key was already used for a different request. */
    public static class KeyReusedException extends RuntimeException {
        public KeyReusedException(String key) {
            super("Idempotency-Key '" + key + "' was already used for a different request");
        }
    }

    public Uni<Answer> once(Mutiny.Session session, String tenantId, String key, String fingerprint,
                            Supplier<Uni<Answer>> work) {
        return session.createNativeQuery(CLAIM)
                .setParameter("tenant", tenantId).setParameter("key", key).setParameter("fingerprint", fingerprint)
                .executeUpdate()
                .chain(claimed -> claimed == 1 ? work.get().call(answer -> store(session, tenantId, key, answer))
                        : replay(session, tenantId, key, fingerprint));
    }

    private static Uni<Integer> store(Mutiny.Session session, String tenantId, String key, Answer answer) {
        return session.createNativeQuery(STORE)
                .setParameter("status", answer.status()).setParameter("body", answer.body())
                .setParameter("tenant", tenantId).setParameter("key", key)
                .executeUpdate();
    }

    private static Uni<Answer> replay(Mutiny.Session session, String tenantId, String key, String fingerprint) {
        return session.createNativeQuery(STORED, Object[].class)
                .setParameter("tenant", tenantId).setParameter("key", key)
                .getSingleResult()
                .map(row -> {
                    if (!fingerprint.equals(row[0])) {
                        throw new KeyReusedException(key);
                    }
                    return new Answer((Integer) row[1], (String) row[2], true);
                });
    }
}
