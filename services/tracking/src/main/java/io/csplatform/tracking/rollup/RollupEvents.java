package io.csplatform.tracking.rollup;

import io.csplatform.events.Topic;
import io.csplatform.events.TrackingMessages;
import io.csplatform.events.payload.TrackingDayRolledUp;
import io.csplatform.events.payload.UserLogin;
import io.csplatform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.UUID;

/** What the tracking service publishes on {@code cs.tracking.events.v1}, through the outbox. */
@ApplicationScoped
public class RollupEvents {

    private final Outbox outbox;

    public RollupEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> dayRolledUp(Mutiny.Session session, String tenantId, TrackingDayRolledUp rollup) {
        return outbox.publish(session, Topic.TRACKING_EVENTS, TrackingMessages.TRACKING_DAY_ROLLED_UP, tenantId,
                rollup.customerId(), rollup).replaceWithVoid();
    }

    public Uni<Void> login(Mutiny.Session session, String tenantId, UUID customerId, UserLogin login) {
        return outbox.publish(session, Topic.TRACKING_EVENTS, TrackingMessages.USER_LOGIN, tenantId, customerId, login)
                .replaceWithVoid();
    }
}
