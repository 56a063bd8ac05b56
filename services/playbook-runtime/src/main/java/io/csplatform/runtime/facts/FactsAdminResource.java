package io.csplatform.runtime.facts;

import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Rebuilds the caller's tenant projection from the domain topics (role cs-admin); answers what it read and applied. */
@Path("/api/v1/admin/facts/rebuild")
@RolesAllowed(Roles.CS_ADMIN)
public class FactsAdminResource {

    private final FactsRebuild rebuild;
    private final CurrentTenant tenant;

    public FactsAdminResource(FactsRebuild rebuild, CurrentTenant tenant) {
        this.rebuild = rebuild;
        this.tenant = tenant;
    }

    @POST
    @Blocking
    public FactsRebuild.Report rebuild() throws Throwable {
        return rebuild.rebuild(tenant.id());
    }
}
