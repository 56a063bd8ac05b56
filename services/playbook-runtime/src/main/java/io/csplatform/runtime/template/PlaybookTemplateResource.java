package io.csplatform.runtime.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.ingest.IdempotentCreate;
import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.rest.ProblemException;
import io.csplatform.runtime.playbook.PlaybookService;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;

/**
 * The starter templates over HTTP: list, read, and instantiate one as an editable DRAFT playbook of the caller's tenant
 * (through {@link PlaybookService#create}, so validated and audited like any new playbook); the tenant then activates it
 * with {@code POST /api/v1/playbooks/{id}/activate}. The templates are the same for every tenant.
 */
@Path("/api/v1/playbook-templates")
public class PlaybookTemplateResource {

    /** Optional overrides of an instantiation: a {@code name}, and {@code triggerParams} replacing the trigger's params. */
    public record Instantiate(String name, JsonNode triggerParams) {
    }

    private final PlaybookTemplates templates;
    private final PlaybookService playbooks;
    private final CurrentTenant tenant;
    private final JsonWebToken token;
    private final IdempotentCreate idempotent;

    public PlaybookTemplateResource(PlaybookTemplates templates, PlaybookService playbooks, CurrentTenant tenant,
                                    JsonWebToken token, IdempotentCreate idempotent) {
        this.templates = templates;
        this.playbooks = playbooks;
        this.tenant = tenant;
        this.token = token;
        this.idempotent = idempotent;
    }

    @GET
    @RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
    @Operation(summary = "The starter templates, in catalog order, a page at a time")
    public Page<PlaybookTemplate.TemplateSummary> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        int size = Paging.limit(limit);
        KeyCursor after = KeyCursor.parse(cursor, 1);
        List<PlaybookTemplate.TemplateSummary> all = templates.all().stream().map(PlaybookTemplate::summary).toList();
        int from = 0;
        if (after != null) {
            String id = after.key(0);
            from = indexOf(all, id) + 1;
            if (from == 0) {
                throw ProblemException.invalidField("cursor", "is not a cursor this list gave");
            }
        }
        return KeyCursor.page(all.subList(from, Math.min(all.size(), from + size + 1)), size, t -> KeyCursor.of(t.id()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
    @Operation(summary = "One starter template with its playbook document")
    public PlaybookTemplate get(@PathParam("id") String id) {
        return template(id);
    }

    @POST
    @Path("/{id}/instantiate")
    @RolesAllowed({Roles.CS_ADMIN, Roles.PLAYBOOKS_MANAGE})
    @Operation(summary = "Creates a DRAFT playbook of the caller's tenant from the template",
            description = "201 with the playbook and its Location; optional body {name, triggerParams} overrides the "
                    + "template's name and trigger parameters (validated like POST /api/v1/playbooks, 400 naming the "
                    + "JSON path). Activate it with POST /api/v1/playbooks/{id}/activate. 404 for an unknown template.")
    public Uni<Response> instantiate(@PathParam("id") String id, @HeaderParam(IdempotentCreate.HEADER) String key,
                                     Instantiate overrides) {
        PlaybookTemplate template = template(id);
        ObjectNode definition = definition(template, overrides);
        String tenantId = tenant.id();
        String actor = actor();
        return idempotent.created(tenantId, key, "POST /playbook-templates/" + id + "/instantiate",
                Map.of("template", id, "definition", definition), "/api/v1/playbooks",
                () -> playbooks.create(tenantId, actor, definition));
    }

    /** The template's document with the overrides applied; a blank name is a 400 naming {@code name}. */
    static ObjectNode definition(PlaybookTemplate template, Instantiate overrides) {
        ObjectNode definition = template.playbook().deepCopy();
        if (overrides == null) {
            return definition;
        }
        if (overrides.name() != null) {
            if (overrides.name().isBlank()) {
                throw ProblemException.invalidField("name", "must not be blank");
            }
            definition.put("name", overrides.name());
        }
        if (overrides.triggerParams() != null && !overrides.triggerParams().isNull()) {
            if (!overrides.triggerParams().isObject()) {
                throw ProblemException.invalidField("triggerParams", "must be an object");
            }
            ((ObjectNode) definition.get("trigger")).set("params", overrides.triggerParams());
        }
        return definition;
    }

    private PlaybookTemplate template(String id) {
        return templates.find(id).orElseThrow(() -> ProblemException.notFound("playbook template " + id));
    }

    private static int indexOf(List<PlaybookTemplate.TemplateSummary> all, String id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Who acts, for the audit: the token's preferred_username, else its subject. */
    private String actor() {
        Object claim = token.getClaim("preferred_username");
        String name = claim == null ? null : claim.toString().replace("\"", "");
        return name == null || name.isBlank() ? tenant.userId() : name;
    }
}
