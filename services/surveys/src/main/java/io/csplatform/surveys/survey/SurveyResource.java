package io.csplatform.surveys.survey;

import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.csplatform.surveys.survey.SurveyViews.SurveyView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.util.UUID;

/** One send with its invitations and their status. */
@Path("/api/v1/surveys")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class SurveyResource {

    private final SurveyQueries queries;
    private final CurrentTenant tenant;

    public SurveyResource(SurveyQueries queries, CurrentTenant tenant) {
        this.queries = queries;
        this.tenant = tenant;
    }

    @GET
    @Path("/{id}")
    public Uni<SurveyView> get(@PathParam("id") UUID id) {
        return queries.survey(tenant.id(), id).onItem().ifNull().failWith(() -> ProblemException.notFound("survey " + id));
    }
}
