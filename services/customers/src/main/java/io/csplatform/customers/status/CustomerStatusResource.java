package io.csplatform.customers.status;

import io.csplatform.rest.Page;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Settings → customer statuses: the tenant's list (at most {@link CustomerStatusService#MAX}, answered whole), extended by its admins. */
@Path("/api/v1/customer-statuses")
@RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.INTEGRATION})
public class CustomerStatusResource {

    public record NewStatus(@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}") String code) {
    }

    private final CustomerStatusService statuses;
    private final CurrentTenant tenant;

    public CustomerStatusResource(CustomerStatusService statuses, CurrentTenant tenant) {
        this.statuses = statuses;
        this.tenant = tenant;
    }

    @GET
    public Uni<Page<String>> list() {
        return statuses.list(tenant.id()).map(Page::of);
    }

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<Page<String>> add(@Valid @NotNull NewStatus body) {
        return statuses.add(tenant.id(), body.code()).map(Page::of);
    }
}
