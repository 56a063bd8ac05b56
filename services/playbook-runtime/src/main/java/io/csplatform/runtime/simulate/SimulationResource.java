package io.csplatform.runtime.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** {@code POST /api/v1/playbooks/simulate}: what a playbook would do, for whom and why, with no side effect. */
@Path("/api/v1/playbooks/simulate")
@RolesAllowed({Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE, Roles.CSM})
public class SimulationResource {

    private final SimulationService simulations;
    private final CurrentTenant tenant;

    public SimulationResource(SimulationService simulations, CurrentTenant tenant) {
        this.simulations = simulations;
        this.tenant = tenant;
    }

    @POST
    public Uni<SimulationDtos.Simulation> simulate(@NotNull JsonNode request) {
        return simulations.simulate(tenant.id(), request);
    }
}
