package io.csplatform.journeys.task;

import io.csplatform.rest.Page;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.util.UUID;

@Path("/api/v1/customers/{customerId}/tasks")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class CustomerTasksResource {

    private final TaskService tasks;
    private final CurrentTenant tenant;

    public CustomerTasksResource(TaskService tasks, CurrentTenant tenant) {
        this.tasks = tasks;
        this.tenant = tenant;
    }

    @GET
    public Uni<Page<TaskView>> list(@PathParam("customerId") UUID customerId) {
        return tasks.ofCustomer(tenant.id(), customerId).map(Page::of);
    }
}
