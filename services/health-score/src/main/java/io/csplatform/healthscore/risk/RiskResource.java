package io.csplatform.healthscore.risk;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.UUID;

/** Churn risks of the caller's tenant and their recovery plans (see docs/retention.md). */
@Path("/api/v1/risks")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class RiskResource {

    private final RiskService risks;
    private final RiskQueries queries;
    private final CurrentTenant tenant;

    public RiskResource(RiskService risks, RiskQueries queries, CurrentTenant tenant) {
        this.risks = risks;
        this.queries = queries;
        this.tenant = tenant;
    }

    /** Flags the customer at risk; 409 while it has an open risk. */
    @POST
    public Uni<Response> flag(@Valid @NotNull RiskRequests.Flag body) {
        return risks.flag(tenant.id(), tenant.userId(), body).map(RiskResource::created);
    }

    /** Newest first; {@code status} open or closed, {@code customerId} optional. */
    @GET
    public Uni<Page<RiskView>> list(@QueryParam("status") String status, @QueryParam("customerId") String customerId,
                                    @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return queries.list(tenant.id(), status(status), uuid("customerId", customerId), Paging.Cursor.parse(cursor),
                Paging.limit(limit));
    }

    @GET
    @Path("/{id}")
    public Uni<RiskView> get(@PathParam("id") UUID id) {
        return queries.find(tenant.id(), id).onItem().ifNull().failWith(() -> notFound(id));
    }

    /** Every change of the risk, oldest first: who, when, what; a page at a time (conventions.md). */
    @GET
    @Path("/{id}/audit")
    public Uni<Page<RiskAudit.Entry>> audit(@PathParam("id") UUID id, @QueryParam("limit") String limit,
                                            @QueryParam("cursor") String cursor) {
        return queries.audit(tenant.id(), id, KeyCursor.parse(cursor, 1), Paging.limit(limit))
                .onItem().ifNull().failWith(() -> notFound(id));
    }

    @PUT
    @Path("/{id}/plan")
    public Uni<RiskView> plan(@PathParam("id") UUID id, @Valid @NotNull RiskRequests.Plan body) {
        return risks.plan(tenant.id(), tenant.userId(), id, body);
    }

    /** Adds an action to the plan; its owner gets a board task (board.task.create). */
    @POST
    @Path("/{id}/actions")
    public Uni<Response> addAction(@PathParam("id") UUID id, @Valid @NotNull RiskRequests.NewAction body) {
        return risks.addAction(tenant.id(), tenant.userId(), id, body).map(RiskResource::created);
    }

    @POST
    @Path("/{id}/follow-ups")
    public Uni<Response> followUp(@PathParam("id") UUID id, @Valid @NotNull RiskRequests.FollowUp body) {
        return risks.followUp(tenant.id(), tenant.userId(), id, body).map(RiskResource::created);
    }

    @PUT
    @Path("/{id}/progress-report")
    public Uni<RiskView> progressReport(@PathParam("id") UUID id, @Valid @NotNull RiskRequests.ProgressReport body) {
        return risks.progressReport(tenant.id(), tenant.userId(), id, body);
    }

    /** OPEN → CLOSED with the outcome; 409 when already closed. */
    @POST
    @Path("/{id}/close")
    public Uni<RiskView> close(@PathParam("id") UUID id, @Valid @NotNull RiskRequests.Close body) {
        return risks.close(tenant.id(), tenant.userId(), id, body);
    }

    private static Response created(RiskView risk) {
        return Response.created(URI.create("/api/v1/risks/" + risk.id())).entity(risk).build();
    }

    static String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return switch (status.strip().toLowerCase()) {
            case "open" -> Risk.OPEN;
            case "closed" -> Risk.CLOSED;
            default -> throw ProblemException.invalidField("status", "must be open or closed");
        };
    }

    static UUID uuid(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be a UUID");
        }
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("risk " + id);
    }
}
