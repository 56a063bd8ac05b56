package io.csplatform.journeys.task;

import io.csplatform.journeys.support.Change;
import io.csplatform.rest.Page;
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
import jakarta.ws.rs.core.Response;

import java.net.URI;
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

    @GET
    public Uni<Page<TaskView>> list(@PathParam("customerId") UUID customerId) {
        return queries.ofCustomer(tenant.id(), customerId).map(Page::of);
    }

    @POST
    public Uni<Response> create(@PathParam("customerId") UUID customerId, @Valid @NotNull TaskRequests.Create request) {
        return actions.create(Change.byUser(tenant.id(), tenant.userId()), customerId, request)
                .map(task -> Response.created(URI.create("/api/v1/tasks/" + task.id())).entity(task).build());
    }
}
