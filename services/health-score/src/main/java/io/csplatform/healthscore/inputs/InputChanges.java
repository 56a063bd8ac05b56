package io.csplatform.healthscore.inputs;

import io.csplatform.events.IncomingMessage;
import io.csplatform.healthscore.score.PendingScores;
import io.csplatform.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.UUID;
import java.util.function.Function;

/**
 * How every input consumer applies a message: once per consumer (inbox), the projection's upsert and the customer
 * marked for a recompute (reason: the message type) in one transaction.
 */
@ApplicationScoped
public class InputChanges {

    private final IdempotentConsumer idempotent;
    private final PendingScores pending;

    public InputChanges(IdempotentConsumer idempotent, PendingScores pending) {
        this.idempotent = idempotent;
        this.pending = pending;
    }

    public Uni<Void> apply(String consumer, IncomingMessage message, UUID customerId,
                           Function<Mutiny.Session, Uni<?>> projection) {
        String tenant = message.headers().tenantId();
        return idempotent.apply(consumer, message, session -> projection.apply(session)
                .chain(() -> pending.mark(session, tenant, customerId, message.headers().type())));
    }

    public static Uni<Void> skip() {
        return Uni.createFrom().voidItem();
    }
}
