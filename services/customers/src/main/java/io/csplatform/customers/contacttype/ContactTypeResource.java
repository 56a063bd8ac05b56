package io.csplatform.customers.contacttype;

import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

/** Settings → contact types: the tenant's list a contact's {@code types} choose from; admins change it. */
@Path("/api/v1/contact-types")
@RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.INTEGRATION})
public class ContactTypeResource {

    public record ContactTypeRequest(@NotBlank @Size(max = 40) String name) {
    }

    public record ContactTypeView(UUID id, String name) {
    }

    private final ContactTypeService contactTypes;
    private final CurrentTenant tenant;

    public ContactTypeResource(ContactTypeService contactTypes, CurrentTenant tenant) {
        this.contactTypes = contactTypes;
        this.tenant = tenant;
    }

    /** A page at a time (conventions.md), by name. */
    @GET
    public Uni<Page<ContactTypeView>> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return contactTypes.list(tenant.id(), KeyCursor.parse(cursor, 2), Paging.limit(limit));
    }

    @GET
    @Path("/{id}")
    public Uni<ContactTypeView> get(@PathParam("id") UUID id) {
        return contactTypes.get(tenant.id(), id).onItem().ifNull().failWith(() -> notFound(id));
    }

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<Response> create(@Valid @NotNull ContactTypeRequest body) {
        return contactTypes.create(tenant.id(), body.name())
                .map(created -> Response.created(URI.create("/api/v1/contact-types/" + created.id())).entity(created).build());
    }

    /** Merge patch: the only field is {@code name}; contacts holding the type follow the new name. */
    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<ContactTypeView> rename(@PathParam("id") UUID id, @Valid @NotNull ContactTypeRequest body) {
        return contactTypes.rename(tenant.id(), id, body.name()).onItem().ifNull().failWith(() -> notFound(id));
    }

    /** 409 while any contact holds the type. */
    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return contactTypes.delete(tenant.id(), id).map(deleted -> {
            if (!deleted) {
                throw notFound(id);
            }
            return Response.noContent().build();
        });
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("contact type " + id);
    }
}
