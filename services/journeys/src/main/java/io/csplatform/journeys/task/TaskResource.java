package io.csplatform.journeys.task;

import io.csplatform.journeys.support.Change;
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

import java.util.UUID;

/** One task of the caller's tenant: schedule, complete, reopen, comment, contacts, checklist. */
@Path("/api/v1/tasks/{id}")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class TaskResource {

    private final TaskActions actions;
    private final TaskQueries queries;
    private final CurrentTenant tenant;

    public TaskResource(TaskActions actions, TaskQueries queries, CurrentTenant tenant) {
        this.actions = actions;
        this.queries = queries;
        this.tenant = tenant;
    }

    @GET
    public Uni<TaskView> get(@PathParam("id") UUID id) {
        return queries.view(tenant.id(), id).onItem().ifNull().failWith(() -> ProblemException.notFound("task"));
    }

    @POST
    @Path("/schedule")
    public Uni<TaskView> schedule(@PathParam("id") UUID id, @Valid @NotNull TaskRequests.Schedule request) {
        return actions.schedule(change(), id, request);
    }

    @POST
    @Path("/complete")
    public Uni<TaskView> complete(@PathParam("id") UUID id) {
        return actions.complete(change(), id);
    }

    @POST
    @Path("/reopen")
    public Uni<TaskView> reopen(@PathParam("id") UUID id) {
        return actions.reopen(change(), id);
    }

    @POST
    @Path("/comments")
    public Uni<TaskView> comment(@PathParam("id") UUID id, @Valid @NotNull TaskRequests.Comment request) {
        return actions.comment(change(), id, request.text());
    }

    @PUT
    @Path("/contacts")
    public Uni<TaskView> contacts(@PathParam("id") UUID id, @Valid @NotNull TaskRequests.Contacts request) {
        return actions.contacts(change(), id, request.contacts());
    }

    @POST
    @Path("/checklist/{itemId}/complete")
    public Uni<TaskView> completeItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return actions.completeItem(change(), id, itemId);
    }

    private Change change() {
        return Change.byUser(tenant.id(), tenant.userId());
    }
}
