package io.csplatform.customers.user;

import io.csplatform.security.KeycloakUsers;
import io.csplatform.security.KeycloakUsers.User;
import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import java.util.List;

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

    /**
     * A page at a time (conventions.md) in Keycloak's order (by username). Keycloak pages by position, so the cursor
     * holds the position of the next user: a user added or removed meanwhile may shift a later page by one.
     */
    @GET
    public Uni<Page<User>> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit);
        KeyCursor after = KeyCursor.parse(cursor, 1);
        int first = after == null ? 0 : after.key(0, UserResource::position);
        // one more than asked for: it only says that a next page exists
        return users.page(tenant.id(), first, size + 1).map(found -> {
            List<User> items = found.stream().limit(size).toList();
            return new Page<>(items, found.size() > size ? KeyCursor.of(first + size).encode() : null);
        });
    }

    private static int position(String key) {
        int position = Integer.parseInt(key);
        if (position < 0) {
            throw new IllegalArgumentException("negative position");
        }
        return position;
    }
}
