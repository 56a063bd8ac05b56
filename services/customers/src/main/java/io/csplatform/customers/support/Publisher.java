package io.csplatform.customers.support;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.MessageType;
import io.csplatform.events.Topic;
import io.csplatform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.UUID;

/** Publishes a customers event through the outbox: a new chain for a user's request, else caused by a command. */
@ApplicationScoped
public class Publisher {

    private final Outbox outbox;

    public Publisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public <T> Uni<Void> publish(Mutiny.Session session, EventHeaders cause, String tenantId, UUID customerId,
                                 MessageType<T> type, T payload) {
        Uni<EventHeaders> written = cause == null
                ? outbox.publish(session, Topic.CUSTOMERS_EVENTS, type, tenantId, customerId, payload)
                : outbox.publishCausedBy(session, cause, Topic.CUSTOMERS_EVENTS, type, customerId, payload);
        return written.replaceWithVoid();
    }
}
