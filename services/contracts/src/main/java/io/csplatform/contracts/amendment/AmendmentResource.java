package io.csplatform.contracts.amendment;

import io.csplatform.contracts.amendment.AmendmentDtos.AmendContract;
import io.csplatform.contracts.amendment.AmendmentDtos.AmendmentView;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/contracts/{contractId}/amendments")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.INTEGRATION})
public class AmendmentResource {

    private final AmendmentService amendments;
    private final CurrentTenant tenant;

    public AmendmentResource(AmendmentService amendments, CurrentTenant tenant) {
        this.amendments = amendments;
        this.tenant = tenant;
    }

    /** Applied, scheduled and rejected amendments alike, oldest effective date first. */
    @GET
    public Uni<List<AmendmentView>> list(@PathParam("contractId") UUID contractId) {
        return amendments.list(tenant.id(), contractId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("contract " + contractId));
    }

    @POST
    public Uni<Response> amend(@PathParam("contractId") UUID contractId, @Valid @NotNull AmendContract body) {
        return amendments.amend(tenant.id(), contractId, body)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("contract " + contractId))
                .map(view -> Response.created(URI.create("/api/v1/contracts/" + contractId + "/amendments/" + view.id()))
                        .entity(view).build());
    }
}
