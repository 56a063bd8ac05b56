package io.csplatform.healthscore.score;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.HealthScoreMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.HealthScoreChanged;
import io.csplatform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.UUID;

/** What the health-score service publishes: {@code healthscore.changed} on {@code cs.healthscore.events.v1}. */
@ApplicationScoped
public class HealthScoreEvents {

    private final Outbox outbox;

    public HealthScoreEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The score or band changed; caused by {@code cause} when a message led to it, a chain of its own otherwise. */
    public Uni<Void> changed(Mutiny.Session session, String tenant, UUID customer, HealthScores.Scored scored,
                             String reason, EventHeaders cause) {
        var payload = new HealthScoreChanged(customer, scored.fromScore(), scored.evaluation().score(),
                scored.fromBand(), scored.evaluation().band(), reason, scored.computedAt());
        return (cause == null
                ? outbox.publish(session, Topic.HEALTHSCORE_EVENTS, HealthScoreMessages.HEALTHSCORE_CHANGED, tenant,
                customer, payload)
                : outbox.publishCausedBy(session, cause, Topic.HEALTHSCORE_EVENTS,
                HealthScoreMessages.HEALTHSCORE_CHANGED, customer, payload)).replaceWithVoid();
    }
}
