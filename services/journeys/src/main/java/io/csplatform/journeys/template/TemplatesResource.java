package io.csplatform.journeys.template;

import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.UUID;

/** Journey templates of the caller's tenant; admins create and edit them (each edit a new version). */
@Path("/api/v1/journey-templates")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class TemplatesResource {

    private final TemplateService templates;
    private final CurrentTenant tenant;

    public TemplatesResource(TemplateService templates, CurrentTenant tenant) {
        this.templates = templates;
        this.tenant = tenant;
    }

    /** A page at a time (conventions.md), oldest first: the starter templates come first. */
    @GET
    public Uni<Page<TemplateView>> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return templates.list(tenant.id(), Paging.Cursor.parse(cursor), Paging.limit(limit));
    }

    @GET
    @Path("/{id}")
    public Uni<TemplateView> get(@PathParam("id") UUID id) {
        return templates.latest(tenant.id(), id).onItem().ifNull().failWith(() -> ProblemException.notFound("journey template"));
    }

    @GET
    @Path("/{id}/versions/{version}")
    public Uni<TemplateView> version(@PathParam("id") UUID id, @PathParam("version") int version) {
        return templates.version(tenant.id(), id, version)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("journey template version"));
    }

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<Response> create(@Valid @NotNull JourneyDefinition definition) {
        return templates.create(tenant.id(), definition).map(created -> Response
                .created(URI.create("/api/v1/journey-templates/" + created.id())).entity(created).build());
    }

    /** Saves a new version; journeys already set keep the version they were set with. */
    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<TemplateView> edit(@PathParam("id") UUID id, @Valid @NotNull JourneyDefinition definition) {
        return templates.edit(tenant.id(), id, definition)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("journey template"));
    }
}
