package io.csplatform.contracts.amendment;

import io.csplatform.contracts.amendment.AmendmentDtos.AmendContract;
import io.csplatform.contracts.amendment.AmendmentDtos.AmendmentView;
import io.csplatform.ingest.IdempotentCreate;
import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

@Path("/api/v1/contracts/{contractId}/amendments")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.INTEGRATION})
public class AmendmentResource {

    private final AmendmentService amendments;
    private final CurrentTenant tenant;
    private final IdempotentCreate idempotent;

    public AmendmentResource(AmendmentService amendments, CurrentTenant tenant, IdempotentCreate idempotent) {
        this.idempotent = idempotent;
        this.amendments = amendments;
        this.tenant = tenant;
    }

    /** Applied, scheduled and rejected amendments alike, oldest effective date first, a page at a time. */
    @GET
    public Uni<Page<AmendmentView>> list(@PathParam("contractId") UUID contractId, @QueryParam("limit") String limit,
                                         @QueryParam("cursor") String cursor) {
        return amendments.list(tenant.id(), contractId, KeyCursor.parse(cursor, 3), Paging.limit(limit))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("contract " + contractId));
    }

    @POST
    public Uni<Response> amend(@HeaderParam(IdempotentCreate.HEADER) String key,
                               @PathParam("contractId") UUID contractId, @Valid @NotNull AmendContract body) {
        String tenantId = tenant.id();
        return idempotent.created(tenantId, key, "POST /contracts/" + contractId + "/amendments", body,
                "/api/v1/contracts/" + contractId + "/amendments", () -> amendments.amend(tenantId, contractId, body)
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("contract " + contractId)));
    }
}
