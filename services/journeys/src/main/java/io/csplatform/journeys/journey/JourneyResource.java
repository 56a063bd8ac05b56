package io.csplatform.journeys.journey;

import io.csplatform.journeys.support.Change;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.util.UUID;

/** The customer's current journey: set or change it, see its stages and progress. */
@Path("/api/v1/customers/{customerId}/journey")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class JourneyResource {

    private final JourneyService journeys;
    private final CurrentTenant tenant;

    public JourneyResource(JourneyService journeys, CurrentTenant tenant) {
        this.journeys = journeys;
        this.tenant = tenant;
    }

    public record SetJourneyRequest(@NotNull UUID templateId) {
    }

    @GET
    public Uni<JourneyView> get(@PathParam("customerId") UUID customerId) {
        return journeys.view(tenant.id(), customerId).onItem().ifNull().failWith(() -> ProblemException.notFound("journey"));
    }

    /** Sets the template's latest version as the customer's journey, creating its tasks (publishes journey.set). */
    @PUT
    public Uni<JourneyView> set(@PathParam("customerId") UUID customerId, @Valid @NotNull SetJourneyRequest request) {
        return journeys.set(Change.byUser(tenant.id(), tenant.userId()), customerId, request.templateId());
    }
}
