package io.csplatform.journeys.journey;

import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.UUID;

/** The customer's current journey, and where a task named by stage goes in it. */
@ApplicationScoped
public class CurrentJourneys {

    /** The current journey, or null. */
    public Uni<CustomerJourney> of(Mutiny.Session session, String tenantId, UUID customerId) {
        return session.createSelectionQuery("from CustomerJourney where tenantId = :tenant and customerId = :customer and current",
                        CustomerJourney.class)
                .setParameter("tenant", tenantId).setParameter("customer", customerId)
                .getSingleResultOrNull();
    }

    /** No stage: a task outside any journey; a stage: that stage of the current journey, or a 400 naming "stage". */
    public Uni<Placement> placement(Mutiny.Session session, String tenantId, UUID customerId, String stage) {
        if (stage == null) {
            return Uni.createFrom().item(new Placement(null, null, null));
        }
        return of(session, tenantId, customerId).map(journey -> {
            int position = journey == null ? -1 : journey.stages.indexOf(stage.strip());
            if (position < 0) {
                throw ProblemException.invalidField("stage", "the customer's current journey has no stage '" + stage + "'");
            }
            return new Placement(journey.id, journey.stages.get(position), position);
        });
    }

    public record Placement(UUID journeyId, String stage, Integer stagePosition) {
    }
}
