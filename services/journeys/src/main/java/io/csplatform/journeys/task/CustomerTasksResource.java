package io.csplatform.journeys.task;

import io.csplatform.journeys.support.Change;
import io.csplatform.rest.Page;
import io.csplatform.rest.ProblemException;
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
import java.util.List;
import java.util.UUID;

@Path("/api/v1/customers/{customerId}/tasks")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class CustomerTasksResource {

    private final TaskQueries queries;
    private final TaskActions actions;
    private final CurrentTenant tenant;

    public CustomerTasksResource(TaskQueries queries, TaskActions actions, CurrentTenant tenant) {
        this.queries = queries;
        this.actions = actions;
        this.tenant = tenant;
    }

    /** The customer's tasks, optionally only those with a status ({@code open}, {@code done}), overdue, or a label. */
    @GET
    public Uni<Page<TaskView>> list(@PathParam("customerId") UUID customerId, @QueryParam("status") String status,
                                    @QueryParam("overdue") Boolean overdue, @QueryParam("label") String label) {
        if (status != null && !List.of(Task.OPEN, Task.DONE).contains(status)) {
            throw ProblemException.invalidField("status", "must be open or done");
        }
        return queries.ofCustomer(tenant.id(), customerId).map(tasks -> Page.of(tasks.stream()
                .filter(task -> status == null || status.equals(task.status()))
                .filter(task -> overdue == null || overdue == task.overdue())
                .filter(task -> label == null || task.labels().contains(label))
                .toList()));
    }

    @POST
    public Uni<Response> create(@PathParam("customerId") UUID customerId, @Valid @NotNull TaskRequests.Create request) {
        return actions.create(Change.byUser(tenant.id(), tenant.userId()), customerId, request)
                .map(task -> Response.created(URI.create("/api/v1/tasks/" + task.id())).entity(task).build());
    }
}
