package io.csplatform.tracking.key;

import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * The tenant's ingest key (role {@code cs-admin}): {@code POST} creates or rotates it and answers the key once;
 * {@code DELETE} revokes it. Sent as header {@code X-Ingest-Key} to {@code POST /api/v1/tracking/events}.
 */
@Path("/api/v1/tracking/ingest-key")
@RolesAllowed(Roles.CS_ADMIN)
public class IngestKeyResource {

    private final IngestKeys keys;
    private final CurrentTenant tenant;

    public IngestKeyResource(IngestKeys keys, CurrentTenant tenant) {
        this.keys = keys;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> rotate() {
        return keys.rotate(tenant.id()).map(created -> Response.status(201).entity(created).build());
    }

    @DELETE
    public Uni<Response> delete() {
        return keys.delete(tenant.id()).map(deleted -> {
            if (!deleted) {
                throw ProblemException.notFound("ingest key");
            }
            return Response.noContent().build();
        });
    }
}
