package io.csplatform.customers.owner;

import io.csplatform.customers.owner.OwnerDtos.OwnerAssignment;
import io.csplatform.customers.owner.OwnerDtos.OwnerView;
import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.util.UUID;

/** "Responsáveis do cliente": every owner type with its user; changing them needs {@code customer-owners:manage}. */
@Path("/api/v1/customers/{id}/owners")
public class CustomerOwnerResource {

    private final CustomerOwnerService owners;
    private final CurrentTenant tenant;

    public CustomerOwnerResource(CustomerOwnerService owners, CurrentTenant tenant) {
        this.owners = owners;
        this.tenant = tenant;
    }

    /** A page at a time (conventions.md): the default owner type first, then by name. */
    @GET
    @RolesAllowed({Roles.CS_ADMIN, Roles.CSM})
    public Uni<Page<OwnerView>> list(@PathParam("id") UUID customerId, @QueryParam("limit") String limit,
                                     @QueryParam("cursor") String cursor) {
        return owners.owners(tenant.id(), customerId, KeyCursor.parse(cursor, 3), Paging.limit(limit))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer " + customerId));
    }

    /** Body {@code {"userId": "..."}}; {@code {"userId": null}} or no body clears the owner. */
    @PUT
    @Path("/{ownerTypeId}")
    @RolesAllowed(Roles.CUSTOMER_OWNERS_MANAGE)
    public Uni<OwnerView> assign(@PathParam("id") UUID customerId, @PathParam("ownerTypeId") UUID ownerTypeId,
                                 @Valid OwnerAssignment body) {
        String userId = body == null ? null : body.userId();
        return owners.assign(tenant.id(), customerId, ownerTypeId, userId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer " + customerId + " or owner type "
                        + ownerTypeId));
    }
}
