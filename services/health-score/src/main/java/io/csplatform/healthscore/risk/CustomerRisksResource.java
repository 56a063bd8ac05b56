package io.csplatform.healthscore.risk;

import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.util.UUID;

/** A customer's risk history, newest first; 404 for a customer the tenant does not have. */
@Path("/api/v1/customers/{customerId}/risks")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class CustomerRisksResource {

    private final RiskQueries queries;
    private final CurrentTenant tenant;

    public CustomerRisksResource(RiskQueries queries, CurrentTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GET
    public Uni<Page<RiskView>> history(@PathParam("customerId") UUID customerId, @QueryParam("status") String status,
                                       @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        String risk = RiskResource.status(status);
        Paging.Cursor after = Paging.Cursor.parse(cursor);
        int max = Paging.limit(limit);
        return queries.knows(tenant.id(), customerId).chain(known -> {
            if (!known) {
                return Uni.createFrom().failure(ProblemException.notFound("customer " + customerId));
            }
            return queries.list(tenant.id(), risk, customerId, after, max);
        });
    }
}
