package io.csplatform.journeys.owner;

import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.util.UUID;

/** Who the journeys service believes holds each owner type of a customer (its projection of customer.owner.changed). */
@Path("/api/v1/customers/{customerId}/task-owners")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class CustomerOwnersResource {

    private final OwnerDirectory owners;
    private final CurrentTenant tenant;

    public CustomerOwnersResource(OwnerDirectory owners, CurrentTenant tenant) {
        this.owners = owners;
        this.tenant = tenant;
    }

    /** A page at a time (conventions.md), by owner type name. */
    @GET
    public Uni<Page<OwnerDirectory.Owner>> list(@PathParam("customerId") UUID customerId,
                                                @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return owners.ofCustomer(tenant.id(), customerId, KeyCursor.parse(cursor, 2), Paging.limit(limit));
    }
}
