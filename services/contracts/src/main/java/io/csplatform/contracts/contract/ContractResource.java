package io.csplatform.contracts.contract;

import io.csplatform.contracts.contract.ContractDtos.CancelContract;
import io.csplatform.contracts.contract.ContractDtos.ContractView;
import io.csplatform.contracts.contract.ContractDtos.RegisterContract;
import io.csplatform.contracts.contract.ContractDtos.RenewContract;
import io.csplatform.ingest.IdempotentCreate;
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
import jakarta.ws.rs.core.Response;

import java.util.UUID;

@Path("/api/v1/contracts")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.INTEGRATION})
public class ContractResource {

    private final ContractService contracts;
    private final ContractLifecycle lifecycle;
    private final CurrentTenant tenant;
    private final IdempotentCreate idempotent;

    public ContractResource(ContractService contracts, ContractLifecycle lifecycle, CurrentTenant tenant,
                            IdempotentCreate idempotent) {
        this.idempotent = idempotent;
        this.contracts = contracts;
        this.lifecycle = lifecycle;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> register(@HeaderParam(IdempotentCreate.HEADER) String key, @Valid @NotNull RegisterContract body) {
        String tenantId = tenant.id();
        return idempotent.created(tenantId, key, "POST /contracts", body, "/api/v1/contracts",
                () -> contracts.register(tenantId, body));
    }

    @GET
    @Path("/{id}")
    public Uni<ContractView> get(@PathParam("id") UUID id) {
        return contracts.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("contract " + id));
    }

    @POST
    @Path("/{id}/renewals")
    public Uni<ContractView> renew(@PathParam("id") UUID id, @Valid @NotNull RenewContract body) {
        return lifecycle.renew(tenant.id(), id, body)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("contract " + id));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
    public Uni<ContractView> cancel(@PathParam("id") UUID id, @Valid @NotNull CancelContract body) {
        return lifecycle.cancel(tenant.id(), id, body)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("contract " + id));
    }
}
