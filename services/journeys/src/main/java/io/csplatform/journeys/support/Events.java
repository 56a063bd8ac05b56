package io.csplatform.journeys.support;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.MessageType;
import io.csplatform.events.Topic;
import io.csplatform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.UUID;

/**
 * Publishes a journeys event in the caller's transaction: caused by the command being applied, or
 * starting a new chain when a user's request made the change ({@code cause} null).
 */
@ApplicationScoped
public class Events {

    private final Outbox outbox;

    public Events(Outbox outbox) {
        this.outbox = outbox;
    }

    public <T> Uni<EventHeaders> publish(Mutiny.Session session, Change change, MessageType<T> type, UUID customerId,
                                         T payload) {
        return change.cause() == null
                ? outbox.publish(session, Topic.JOURNEYS_EVENTS, type, change.tenantId(), customerId, payload)
                : outbox.publishCausedBy(session, change.cause(), Topic.JOURNEYS_EVENTS, type, customerId, payload);
    }
}
