package io.csplatform.tickets.ticket;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.UUID;

/** Tickets of the caller's tenant (see docs/tickets.md). */
@Path("/api/v1/tickets")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class TicketResource {

    private final TicketService tickets;
    private final TicketQueries queries;
    private final CurrentTenant tenant;

    public TicketResource(TicketService tickets, TicketQueries queries, CurrentTenant tenant) {
        this.tickets = tickets;
        this.queries = queries;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> create(@Valid @NotNull TicketRequests.Create body) {
        return tickets.create(tenant.id(), body)
                .map(created -> Response.created(URI.create("/api/v1/tickets/" + created.id())).entity(created).build());
    }

    /** Newest first; every filter is optional. */
    @GET
    public Uni<Page<TicketView>> list(@QueryParam("customerId") String customerId, @QueryParam("contactId") String contactId,
                                      @QueryParam("status") String status, @QueryParam("priority") String priority,
                                      @QueryParam("channel") String channel, @QueryParam("assigneeId") String assigneeId,
                                      @QueryParam("closed") String closed, @QueryParam("externalId") String externalId,
                                      @QueryParam("createdFrom") String createdFrom, @QueryParam("createdTo") String createdTo,
                                      @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        TicketFilter filter = TicketFilter.of(customerId, contactId, status, priority, channel, assigneeId, closed, externalId,
                createdFrom, createdTo);
        return queries.list(tenant.id(), filter, Paging.Cursor.parse(cursor), Paging.limit(limit));
    }

    @GET
    @Path("/{id}")
    public Uni<TicketView> get(@PathParam("id") UUID id) {
        return queries.find(tenant.id(), id).onItem().ifNull().failWith(() -> notFound(id));
    }

    /** JSON merge patch (RFC 7396) of subject, status, priority, channel, assigneeId, contactId, firstResponseAt. */
    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    public Uni<TicketView> patch(@PathParam("id") UUID id, @NotNull ObjectNode patch) {
        return tickets.patch(tenant.id(), id, patch).onItem().ifNull().failWith(() -> notFound(id));
    }

    @POST
    @Path("/{id}/rating")
    public Uni<TicketView> rate(@PathParam("id") UUID id, @Valid @NotNull TicketRequests.Rate body) {
        return tickets.rate(tenant.id(), id, body).onItem().ifNull().failWith(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return tickets.delete(tenant.id(), id).map(deleted -> {
            if (!deleted) {
                throw notFound(id);
            }
            return Response.noContent().build();
        });
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("ticket " + id);
    }
}
