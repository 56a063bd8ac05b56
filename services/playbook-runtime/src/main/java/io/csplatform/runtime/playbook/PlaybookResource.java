package io.csplatform.runtime.playbook;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/playbooks")
public class PlaybookResource {

    private final PlaybookService playbooks;
    private final CurrentTenant tenant;

    public PlaybookResource(PlaybookService playbooks, CurrentTenant tenant) {
        this.playbooks = playbooks;
        this.tenant = tenant;
    }

    @POST
    @RolesAllowed({Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
    public Uni<Response> create(@NotNull JsonNode body) {
        return playbooks.create(tenant.id(), body)
                .map(created -> Response.created(URI.create("/api/v1/playbooks/" + created.id())).entity(created).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
    public Uni<PlaybookView> get(@PathParam("id") UUID id) {
        return playbooks.find(tenant.id(), id).onItem().ifNull().failWith(() -> ProblemException.notFound("playbook " + id));
    }

    @POST
    @Path("/{id}/activate")
    @RolesAllowed({Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
    public Uni<PlaybookView> activate(@PathParam("id") UUID id) {
        return playbooks.activate(tenant.id(), id).onItem().ifNull().failWith(() -> ProblemException.notFound("playbook " + id));
    }
}
