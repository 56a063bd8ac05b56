package io.csplatform.runtime.evaluations;

import io.csplatform.rest.Paging;

import io.csplatform.rest.Page;
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

/**
 * "Why did (or didn't) this playbook run for this customer": every evaluation with its trace, newest first,
 * cursor-paginated ({@code limit} 1..500, default 50; {@code fired=true|false} to filter).
 */
@Path("/api/v1/customers/{id}/evaluations")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
public class EvaluationResource {

    private final EvaluationQueries queries;
    private final CurrentTenant tenant;

    public EvaluationResource(EvaluationQueries queries, CurrentTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GET
    public Uni<Page<EvaluationView>> ofCustomer(@PathParam("id") UUID customerId, @QueryParam("fired") String fired,
                                                @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return queries.list(tenant.id(), EvaluationQueries.Owner.CUSTOMER, customerId, fired(fired), cursor, Paging.limit(limit));
    }

    static Boolean fired(String fired) {
        if (fired == null || fired.isBlank()) {
            return null;
        }
        if (!fired.equals("true") && !fired.equals("false")) {
            throw ProblemException.invalidField("fired", "must be true or false");
        }
        return Boolean.valueOf(fired);
    }

}
