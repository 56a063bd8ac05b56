package io.csplatform.tracking.usage;

import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.csplatform.tracking.usage.UsageViews.FeatureUse;
import io.csplatform.tracking.usage.UsageViews.Series;
import io.csplatform.tracking.usage.UsageViews.Totals;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * A customer's product usage from the rollups, in the tenant's days ({@code from}/{@code to}, the last 30 days by
 * default, at most 366): the daily series (optionally of one user and/or feature), the totals and the features used.
 */
@Path("/api/v1/customers/{customerId}/tracking")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class UsageResource {

    private final UsageQueries queries;
    private final CurrentTenant tenant;
    private final Clock clock;

    public UsageResource(UsageQueries queries, CurrentTenant tenant, Clock clock) {
        this.queries = queries;
        this.tenant = tenant;
        this.clock = clock;
    }

    @GET
    @Path("/series")
    public Uni<Series> series(@PathParam("customerId") UUID customerId, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("userId") String userId,
                              @QueryParam("feature") String feature) {
        String tenantId = tenant.id();
        return inPeriod(tenantId, customerId, from, to, (zone, period) -> queries.series(tenantId, customerId, period,
                        blankToNull(userId), blankToNull(feature))
                .map(items -> new Series(customerId, zone.getId(), period.from(), period.to(), blankToNull(userId),
                        blankToNull(feature), items.stream().mapToLong(UsageViews.DayCount::count).sum(), items)));
    }

    @GET
    @Path("/totals")
    public Uni<Totals> totals(@PathParam("customerId") UUID customerId, @QueryParam("from") String from,
                              @QueryParam("to") String to) {
        String tenantId = tenant.id();
        return inPeriod(tenantId, customerId, from, to, (zone, period) -> queries.totals(tenantId, customerId, period)
                .map(t -> new Totals(customerId, zone.getId(), period.from(), period.to(), t[0], t[1], t[2], t[3])));
    }

    /** Distinct features used in the period, by name, with their counts and users (cursor list). */
    @GET
    @Path("/features")
    public Uni<Page<FeatureUse>> features(@PathParam("customerId") UUID customerId, @QueryParam("from") String from,
                                          @QueryParam("to") String to, @QueryParam("limit") String limit,
                                          @QueryParam("cursor") String cursor) {
        String tenantId = tenant.id();
        int size = Paging.limit(limit);
        String after = NameCursor.after(cursor);
        return inPeriod(tenantId, customerId, from, to,
                (zone, period) -> queries.features(tenantId, customerId, period, after, size));
    }

    private <T> Uni<T> inPeriod(String tenantId, UUID customerId, String from, String to,
                                BiFunction<ZoneId, Period, Uni<T>> query) {
        return queries.customerExists(tenantId, customerId)
                .chain(known -> !known ? Uni.createFrom().<T>nullItem() : queries.zone(tenantId)
                        .chain(zone -> query.apply(zone, Period.of(from, to, LocalDate.now(clock.withZone(zone))))))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer " + customerId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
