package io.csplatform.runtime.playbook;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.ingest.IdempotentCreate;
import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.csplatform.runtime.playbook.PlaybookService.Transition;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;
import java.util.UUID;

/** Playbooks over HTTP: create, list, read, update (a new version), lifecycle transitions, versions and audit. */
@Path("/api/v1/playbooks")
public class PlaybookResource {

    /** The policy for delayed steps on an edit, as the OpenAPI document states it. */
    static final String UPDATE_DESCRIPTION = """
            Validated like a create (400 problem+json naming the JSON path of each mistake) and stored as version n+1; \
            the state is kept, so an ACTIVE playbook runs the new version from now on. Every execution names the \
            version that ran it (playbookVersion). 409 for an ARCHIVED playbook.

            Delayed steps: a step already waiting (SCHEDULED) under an earlier version runs, when due, as the version \
            that fired defined it: its parameters and its execution's playbookVersion stay those of that version, \
            unless the edit says otherwise with the query parameter delayedSteps. delayedSteps=keep (the default) \
            keeps them; delayedSteps=cancel records every step still waiting under an earlier version SKIPPED, with \
            the reason "cancelled by the edit to version n", in the transaction of the edit: nothing of them is \
            sent, and their executions close as usual (COMPLETED, or FAILED if a step failed). Either way a step is \
            skipped when due if the playbook is then not ACTIVE or the customer was archived. The audit entry of the \
            update records the choice: changes.delayedSteps = {"policy": "keep", "waiting": n} or \
            {"policy": "cancel", "skipped": n}. Any other value of delayedSteps answers 400 problem+json naming the \
            field delayedSteps.""";
    static final String DELAYED_STEPS_DESCRIPTION = """
            What becomes of the steps still waiting under earlier versions: keep (default: each runs as its version \
            defined it) or cancel (each is recorded SKIPPED with the reason naming the new version).""";

    private final PlaybookService playbooks;
    private final PlaybookQueries queries;
    private final CurrentTenant tenant;
    private final JsonWebToken token;
    private final IdempotentCreate idempotent;

    public PlaybookResource(PlaybookService playbooks, PlaybookQueries queries, CurrentTenant tenant, JsonWebToken token,
                            IdempotentCreate idempotent) {
        this.idempotent = idempotent;
        this.playbooks = playbooks;
        this.queries = queries;
        this.tenant = tenant;
        this.token = token;
    }

    @POST
    @RolesAllowed({Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
    public Uni<Response> create(@HeaderParam(IdempotentCreate.HEADER) String key, @NotNull JsonNode body) {
        String tenantId = tenant.id();
        String actor = actor();
        return idempotent.created(tenantId, key, "POST /playbooks", body, "/api/v1/playbooks",
                () -> playbooks.create(tenantId, actor, body));
    }

    @GET
    @RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
    public Uni<Page<PlaybookDtos.Summary>> list(@QueryParam("status") String status, @QueryParam("trigger") String trigger,
                                                @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return queries.list(tenant.id(), status(status), trigger == null || trigger.isBlank() ? null : trigger,
                cursor, Paging.limit(limit));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
    public Uni<PlaybookView> get(@PathParam("id") UUID id) {
        return found(playbooks.find(tenant.id(), id), id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
    @Operation(summary = "Update a playbook: a whole new document, stored as a new immutable version",
            description = UPDATE_DESCRIPTION)
    public Uni<PlaybookView> update(@PathParam("id") UUID id,
                                    @Parameter(description = DELAYED_STEPS_DESCRIPTION,
                                            schema = @Schema(type = SchemaType.STRING, enumeration = {"keep", "cancel"},
                                                    defaultValue = "keep"))
                                    @QueryParam(DelayedStepsPolicy.PARAMETER) String delayedSteps,
                                    @NotNull JsonNode body) {
        DelayedStepsPolicy policy = DelayedStepsPolicy.parse(delayedSteps);
        return found(playbooks.update(tenant.id(), actor(), id, body, policy), id);
    }

    @POST
    @Path("/{id}/activate")
    @RolesAllowed({Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
    public Uni<PlaybookView> activate(@PathParam("id") UUID id) {
        return move(id, Transition.ACTIVATE);
    }

    @POST
    @Path("/{id}/deactivate")
    @RolesAllowed({Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
    public Uni<PlaybookView> deactivate(@PathParam("id") UUID id) {
        return move(id, Transition.DEACTIVATE);
    }

    @POST
    @Path("/{id}/maintenance")
    @RolesAllowed({Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
    public Uni<PlaybookView> maintenance(@PathParam("id") UUID id) {
        return move(id, Transition.MAINTENANCE);
    }

    /** Archive: any state -> ARCHIVED, for good (an archived playbook never fires and cannot be re-activated). */
    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
    public Uni<Response> archive(@PathParam("id") UUID id) {
        return move(id, Transition.ARCHIVE).replaceWith(Response.noContent().build());
    }

    /** The playbook's versions, oldest first, a page at a time (conventions.md). */
    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
    public Uni<Page<PlaybookDtos.Version>> versions(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
                                                    @QueryParam("limit") String limit) {
        return found(queries.versions(tenant.id(), id, KeyCursor.parse(cursor, 1), Paging.limit(limit)), id);
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
    public Uni<Page<PlaybookDtos.AuditEntry>> audit(@PathParam("id") UUID id, @QueryParam("cursor") String cursor,
                                                    @QueryParam("limit") Integer limit) {
        return found(queries.audit(tenant.id(), id, cursor, Paging.limit(limit)), id);
    }

    private Uni<PlaybookView> move(UUID id, Transition transition) {
        return found(playbooks.transition(tenant.id(), actor(), id, transition), id);
    }

    private static <T> Uni<T> found(Uni<T> result, UUID id) {
        return result.onItem().ifNull().failWith(() -> ProblemException.notFound("playbook " + id));
    }

    /** Who acts, for the audit: the token's preferred_username, else its subject. */
    private String actor() {
        Object claim = token.getClaim("preferred_username");
        String name = claim == null ? null : claim.toString().replace("\"", "");
        return name == null || name.isBlank() ? tenant.userId() : name;
    }

    private static Playbook.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Playbook.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "must be one of " + List.of(Playbook.Status.values()));
        }
    }

}
