package io.csplatform.healthscore.api;

import io.csplatform.healthscore.api.HealthScoreViews.HistoryItem;
import io.csplatform.healthscore.api.HealthScoreViews.ManualChangeRequest;
import io.csplatform.healthscore.api.HealthScoreViews.ScoreView;
import io.csplatform.healthscore.api.HealthScoreViews.Trend;
import io.csplatform.healthscore.manual.ManualChange;
import io.csplatform.healthscore.manual.ManualChanges;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.rest.Problem;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.hibernate.reactive.mutiny.Mutiny;

import java.net.URI;
import java.util.UUID;

/**
 * A customer's health score for CSMs: the current score with its explanation per measure, its history (cursor
 * pagination, newest first), its trend over the last days, and a manual change (value or delta, a reason required,
 * the author being the caller). Another tenant's customer or an unknown one: 404.
 */
@Path("/api/v1/customers/{customerId}/health-score")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class HealthScoreResource {

    private final HealthScoreQueries queries;
    private final ManualChanges changes;
    private final Mutiny.SessionFactory sessions;
    private final CurrentTenant tenant;

    public HealthScoreResource(HealthScoreQueries queries, ManualChanges changes, Mutiny.SessionFactory sessions,
                               CurrentTenant tenant) {
        this.queries = queries;
        this.changes = changes;
        this.sessions = sessions;
        this.tenant = tenant;
    }

    @GET
    public Uni<ScoreView> current(@PathParam("customerId") UUID customerId) {
        return queries.current(tenant.id(), customerId).onItem().ifNull().failWith(() -> notFound(customerId));
    }

    @GET
    @Path("/history")
    public Uni<Page<HistoryItem>> history(@PathParam("customerId") UUID customerId, @QueryParam("limit") String limit,
                                          @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit);
        Paging.Cursor after = Paging.Cursor.parse(cursor);
        return queries.history(tenant.id(), customerId, after, size).onItem().ifNull().failWith(() -> notFound(customerId));
    }

    @GET
    @Path("/trend")
    public Uni<Trend> trend(@PathParam("customerId") UUID customerId, @QueryParam("days") String days) {
        int window = days(days);
        return queries.trend(tenant.id(), customerId, window).onItem().ifNull().failWith(() -> notFound(customerId));
    }

    /** A manual change: the new score (201), computed in the change's transaction. */
    @POST
    @Path("/adjustments")
    public Uni<Response> change(@PathParam("customerId") UUID customerId, ManualChangeRequest body) {
        if (body == null) {
            throw ProblemException.invalidField("reason", "a manual change needs value or delta, and a reason");
        }
        ManualChange change = new ManualChange(body.value(), body.delta(), body.reason());
        var errors = change.errors();
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(errors.get(0).message(), errors));
        }
        String tenantId = tenant.id();
        String author = tenant.userId();
        return sessions.withTransaction(session -> changes.apply(session, tenantId, customerId, change, author, null))
                .onItem().ifNull().failWith(() -> notFound(customerId))
                .map(scored -> Response.created(URI.create("/api/v1/customers/" + customerId + "/health-score"))
                        .entity(ScoreView.of(customerId, scored.evaluation(), scored.computedAt(), true)).build());
    }

    private static int days(String days) {
        if (days == null || days.isBlank()) {
            return 30;
        }
        try {
            int value = Integer.parseInt(days.trim());
            if (value >= 1 && value <= 365) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField("days", "must be between 1 and 365");
    }

    private static ProblemException notFound(UUID customerId) {
        return ProblemException.notFound("customer " + customerId);
    }
}
