package io.csplatform.customers.owner;

import io.csplatform.customers.owner.OwnerDtos.OwnerTypeRequest;
import io.csplatform.customers.owner.OwnerDtos.OwnerTypeView;
import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.UUID;

/** Settings → owner types: read by everyone of the tenant, changed by its admins. */
@Path("/api/v1/owner-types")
@RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.INTEGRATION})
public class OwnerTypeResource {

    private final OwnerTypeService ownerTypes;
    private final CurrentTenant tenant;

    public OwnerTypeResource(OwnerTypeService ownerTypes, CurrentTenant tenant) {
        this.ownerTypes = ownerTypes;
        this.tenant = tenant;
    }

    /** A page at a time (conventions.md): the default type first, then by name. */
    @GET
    public Uni<Page<OwnerTypeView>> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return ownerTypes.list(tenant.id(), KeyCursor.parse(cursor, 3), Paging.limit(limit));
    }

    @GET
    @Path("/{id}")
    public Uni<OwnerTypeView> get(@PathParam("id") UUID id) {
        return ownerTypes.get(tenant.id(), id).onItem().ifNull().failWith(() -> notFound(id));
    }

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<Response> create(@Valid @NotNull OwnerTypeRequest body) {
        return ownerTypes.create(tenant.id(), body.name())
                .map(created -> Response.created(URI.create("/api/v1/owner-types/" + created.id())).entity(created).build());
    }

    /** Merge patch: the only field is {@code name}. */
    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<OwnerTypeView> rename(@PathParam("id") UUID id, @Valid @NotNull OwnerTypeRequest body) {
        return ownerTypes.rename(tenant.id(), id, body.name()).onItem().ifNull().failWith(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return ownerTypes.delete(tenant.id(), id)
                .map(deleted -> {
                    if (!deleted) {
                        throw notFound(id);
                    }
                    return Response.noContent().build();
                });
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("owner type " + id);
    }
}
