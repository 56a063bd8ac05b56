package io.csplatform.tracking.user;

import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.csplatform.tracking.usage.NameCursor;
import io.csplatform.tracking.usage.UsageQueries;
import io.csplatform.tracking.usage.UsageViews.UserView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.util.UUID;

/** The customer's users (cursor list by user id, {@code ?keyUser=}): identity, key-user flag, last seen and last login. */
@Path("/api/v1/customers/{customerId}/tracking/users")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class TrackedUserResource {

    private final UsageQueries queries;
    private final TrackedUsers users;
    private final CurrentTenant tenant;

    public TrackedUserResource(UsageQueries queries, TrackedUsers users, CurrentTenant tenant) {
        this.queries = queries;
        this.users = users;
        this.tenant = tenant;
    }

    @GET
    public Uni<Page<UserView>> list(@PathParam("customerId") UUID customerId, @QueryParam("keyUser") Boolean keyUser,
                                    @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        String tenantId = tenant.id();
        int size = Paging.limit(limit);
        String after = NameCursor.after(cursor);
        return known(tenantId, customerId).chain(() -> queries.users(tenantId, customerId, keyUser, after, size));
    }

    @GET
    @Path("/{userId}")
    public Uni<UserView> get(@PathParam("customerId") UUID customerId, @PathParam("userId") String userId) {
        String tenantId = tenant.id();
        return queries.user(tenantId, customerId, userId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("user " + userId));
    }

    /** Sets the user's identity and key-user flag (role {@code cs-admin} or {@code csm}). */
    @PUT
    @Path("/{userId}")
    public Uni<UserView> put(@PathParam("customerId") UUID customerId, @PathParam("userId") String userId,
                             @Valid @NotNull UserRequest request) {
        String tenantId = tenant.id();
        if (userId.length() > 200) {
            throw ProblemException.invalidField("userId", "must be at most 200 characters");
        }
        return known(tenantId, customerId).chain(() -> users.put(tenantId, customerId, userId, request))
                .chain(() -> queries.user(tenantId, customerId, userId));
    }

    private Uni<Void> known(String tenantId, UUID customerId) {
        return queries.customerExists(tenantId, customerId).invoke(known -> {
            if (!known) {
                throw ProblemException.notFound("customer " + customerId);
            }
        }).replaceWithVoid();
    }
}
