package io.csplatform.journeys.board;

import io.csplatform.journeys.support.Change;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.UUID;

/** The caller's personal board. */
@Path("/api/v1/board/tasks")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class BoardResource {

    private final BoardService board;
    private final CurrentTenant tenant;

    public BoardResource(BoardService board, CurrentTenant tenant) {
        this.board = board;
        this.tenant = tenant;
    }

    /** The caller's cards, a page at a time (conventions.md), by start time. */
    @GET
    public Uni<Page<BoardTaskView>> mine(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return board.mine(change(), Paging.Cursor.parse(cursor), Paging.limit(limit));
    }

    /** Adds a card to the caller's board; its customer must be one of the tenant's (404 otherwise). */
    @POST
    public Uni<Response> create(@Valid @NotNull BoardCard card) {
        return board.create(change(), card)
                .map(task -> Response.created(URI.create("/api/v1/board/tasks/" + task.id())).entity(task).build());
    }

    @POST
    @Path("/{id}/complete")
    public Uni<BoardTaskView> complete(@PathParam("id") UUID id) {
        return board.complete(change(), id);
    }

    private Change change() {
        return Change.byUser(tenant.id(), tenant.userId());
    }
}
