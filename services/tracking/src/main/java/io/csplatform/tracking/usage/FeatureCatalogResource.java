package io.csplatform.tracking.usage;

import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.csplatform.tracking.usage.UsageViews.Feature;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** The tenant's features catalog: every event name its customers' products sent (cursor list by name). */
@Path("/api/v1/tracking/features")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class FeatureCatalogResource {

    private final UsageQueries queries;
    private final CurrentTenant tenant;

    public FeatureCatalogResource(UsageQueries queries, CurrentTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GET
    public Uni<Page<Feature>> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return queries.catalog(tenant.id(), NameCursor.after(cursor), Paging.limit(limit));
    }
}
