package io.csplatform.surveys.template;

import io.csplatform.rest.Page;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.csplatform.surveys.survey.SurveyKind;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.hibernate.reactive.mutiny.Mutiny;

/** The tenant's survey texts: the question of the answer page and the e-mail (Portuguese defaults until changed). */
@Path("/api/v1/survey-templates")
public class TemplateResource {

    public record TextsRequest(@NotBlank @Size(max = 500) String question, @NotBlank @Size(max = 300) String subject,
                               @NotBlank @Size(max = 5000) String body) {
    }

    private final Mutiny.SessionFactory sessions;
    private final SurveyTemplates templates;
    private final CurrentTenant tenant;

    public TemplateResource(Mutiny.SessionFactory sessions, SurveyTemplates templates, CurrentTenant tenant) {
        this.sessions = sessions;
        this.templates = templates;
        this.tenant = tenant;
    }

    /** One texts entry per survey kind: a list bounded by the kinds, answered as one page (no cursor). */
    @GET
    @RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
    public Uni<Page<SurveyTemplates.Texts>> list() {
        String tenantId = tenant.id();
        return sessions.withSession(session -> templates.all(session, tenantId)).map(Page::of);
    }

    @PUT
    @Path("/{kind}")
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<SurveyTemplates.Texts> save(@PathParam("kind") String kind, @Valid @NotNull TextsRequest body) {
        SurveyKind parsed = SurveyKind.parse(kind);
        if (parsed == null) {
            throw ProblemException.notFound("survey kind " + kind);
        }
        String tenantId = tenant.id();
        return sessions.withTransaction(session -> templates.save(session, tenantId,
                new SurveyTemplates.Texts(parsed, body.question(), body.subject(), body.body(), true)));
    }
}
