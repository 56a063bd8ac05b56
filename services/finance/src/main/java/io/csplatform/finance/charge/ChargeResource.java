package io.csplatform.finance.charge;

import io.csplatform.finance.charge.ChargeDtos.ChargeView;
import io.csplatform.finance.charge.ChargeDtos.PayCharge;
import io.csplatform.finance.charge.ChargeDtos.RegisterCharge;
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

@Path("/api/v1/charges")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.INTEGRATION})
public class ChargeResource {

    private final ChargeService charges;
    private final CurrentTenant tenant;
    private final IdempotentCreate idempotent;

    public ChargeResource(ChargeService charges, CurrentTenant tenant, IdempotentCreate idempotent) {
        this.idempotent = idempotent;
        this.charges = charges;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> register(@HeaderParam(IdempotentCreate.HEADER) String key, @Valid @NotNull RegisterCharge body) {
        String tenantId = tenant.id();
        return idempotent.created(tenantId, key, "POST /charges", body, "/api/v1/charges",
                () -> charges.register(tenantId, body));
    }

    @GET
    @Path("/{id}")
    public Uni<ChargeView> get(@PathParam("id") UUID id) {
        return charges.find(tenant.id(), id).onItem().ifNull().failWith(() -> ProblemException.notFound("charge " + id));
    }

    @POST
    @Path("/{id}/payment")
    public Uni<Response> pay(@HeaderParam(IdempotentCreate.HEADER) String key, @PathParam("id") UUID id,
                             @Valid @NotNull PayCharge body) {
        String tenantId = tenant.id();
        return idempotent.ok(tenantId, key, "POST /charges/" + id + "/payment", body, () -> charges.pay(tenantId, id, body)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("charge " + id)));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
    public Uni<ChargeView> cancel(@PathParam("id") UUID id) {
        return charges.cancel(tenant.id(), id).onItem().ifNull().failWith(() -> ProblemException.notFound("charge " + id));
    }
}
