package io.csplatform.finance.sale;

import io.csplatform.finance.sale.SaleDtos.RecordSale;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.net.URI;

@Path("/api/v1/sales")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.INTEGRATION})
public class SaleResource {

    private final SaleService sales;
    private final CurrentTenant tenant;

    public SaleResource(SaleService sales, CurrentTenant tenant) {
        this.sales = sales;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> record(@Valid @NotNull RecordSale body) {
        return sales.record(tenant.id(), body)
                .map(created -> Response.created(URI.create("/api/v1/sales/" + created.id())).entity(created).build());
    }
}
