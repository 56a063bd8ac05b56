package io.csplatform.customers.user;

import io.csplatform.security.KeycloakUsers;
import io.csplatform.security.KeycloakUsers.User;
import io.csplatform.rest.Page;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The caller's tenant's users, for choosing owners in the frontend. */
@Path("/api/v1/users")
@RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
public class UserResource {

    private final KeycloakUsers users;
    private final CurrentTenant tenant;

    public UserResource(KeycloakUsers users, CurrentTenant tenant) {
        this.users = users;
        this.tenant = tenant;
    }

    @GET
    public Uni<Page<User>> list() {
        return users.list(tenant.id()).map(Page::of);
    }
}
