package io.csplatform.runtime.evaluations;

import io.csplatform.rest.Paging;

import io.csplatform.rest.Page;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.util.UUID;

/** A playbook's evaluations, fired or not ({@code ?fired=false}: "for whom did it not run, and why"). */
@Path("/api/v1/playbooks/{playbookId}/evaluations")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
public class PlaybookEvaluationResource {

    private final EvaluationQueries queries;
    private final CurrentTenant tenant;

    public PlaybookEvaluationResource(EvaluationQueries queries, CurrentTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GET
    public Uni<Page<EvaluationView>> ofPlaybook(@PathParam("playbookId") UUID playbookId, @QueryParam("fired") String fired,
                                                @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return queries.list(tenant.id(), EvaluationQueries.Owner.PLAYBOOK, playbookId, EvaluationResource.fired(fired),
                cursor, Paging.limit(limit));
    }

}
