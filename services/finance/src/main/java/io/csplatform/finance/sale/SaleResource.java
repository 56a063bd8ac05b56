package io.csplatform.finance.sale;

import io.csplatform.finance.sale.SaleDtos.RecordSale;
import io.csplatform.ingest.IdempotentCreate;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;


@Path("/api/v1/sales")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.INTEGRATION})
public class SaleResource {

    private final SaleService sales;
    private final CurrentTenant tenant;
    private final IdempotentCreate idempotent;

    public SaleResource(SaleService sales, CurrentTenant tenant, IdempotentCreate idempotent) {
        this.idempotent = idempotent;
        this.sales = sales;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> record(@HeaderParam(IdempotentCreate.HEADER) String key, @Valid @NotNull RecordSale body) {
        String tenantId = tenant.id();
        return idempotent.created(tenantId, key, "POST /sales", body, "/api/v1/sales", () -> sales.record(tenantId, body));
    }
}
