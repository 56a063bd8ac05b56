package io.csplatform.journeys.task;

import io.csplatform.journeys.support.Change;
import io.csplatform.ingest.IdempotentCreate;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/customers/{customerId}/tasks")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class CustomerTasksResource {

    private final TaskQueries queries;
    private final TaskActions actions;
    private final CurrentTenant tenant;
    private final IdempotentCreate idempotent;

    public CustomerTasksResource(TaskQueries queries, TaskActions actions, CurrentTenant tenant,
                                 IdempotentCreate idempotent) {
        this.idempotent = idempotent;
        this.queries = queries;
        this.actions = actions;
        this.tenant = tenant;
    }

    /**
     * The customer's tasks, a page at a time (conventions.md), in board order, optionally only those with a status
     * ({@code open}, {@code done}), overdue, or a label.
     */
    @GET
    public Uni<Page<TaskView>> list(@PathParam("customerId") UUID customerId, @QueryParam("status") String status,
                                    @QueryParam("overdue") Boolean overdue, @QueryParam("label") String label,
                                    @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        if (status != null && !List.of(Task.OPEN, Task.DONE).contains(status)) {
            throw ProblemException.invalidField("status", "must be open or done");
        }
        return queries.ofCustomer(tenant.id(), customerId, new TaskQueries.Filter(status, overdue, label),
                KeyCursor.parse(cursor, 4), Paging.limit(limit));
    }

    @POST
    public Uni<Response> create(@HeaderParam(IdempotentCreate.HEADER) String key, @PathParam("customerId") UUID customerId,
                                @Valid @NotNull TaskRequests.Create request) {
        Change change = Change.byUser(tenant.id(), tenant.userId());
        return idempotent.created(change.tenantId(), key, "POST /customers/" + customerId + "/tasks", request,
                "/api/v1/tasks", () -> actions.create(change, customerId, request));
    }
}
