package io.csplatform.customers.contact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.ingest.IdempotentCreate;
import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.rest.Problem;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Contacts of a customer; deactivating one is {@code PATCH {"active": false}} (history stays). */
@Path("/api/v1/customers/{customerId}/contacts")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.INTEGRATION})
public class ContactResource {

    public record ContactView(UUID id, UUID customerId, String name, String email, String phone, LocalDate birthday,
                              List<String> types, boolean main, boolean keyUser, boolean active, Instant createdAt,
                              Instant updatedAt, Map<String, JsonNode> attributes) {
        static ContactView of(Contact c) {
            return new ContactView(c.id, c.customerId, c.name, c.email, c.phone, c.birthday, List.of(c.types), c.main,
                    c.keyUser, c.active, c.createdAt, c.updatedAt, c.attributes);
        }
    }

    private final ContactService contacts;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;
    private final IdempotentCreate idempotent;

    public ContactResource(ContactService contacts, CurrentTenant tenant, SecurityIdentity identity,
                           IdempotentCreate idempotent) {
        this.idempotent = idempotent;
        this.contacts = contacts;
        this.tenant = tenant;
        this.identity = identity;
    }

    /** The customer's contacts a page at a time (conventions.md): main first, then active ones, then by creation. */
    @GET
    public Uni<Page<ContactView>> list(@PathParam("customerId") UUID customerId, @QueryParam("limit") String limit,
                                       @QueryParam("cursor") String cursor) {
        return contacts.page(tenant.id(), customerId, KeyCursor.parse(cursor, 4), Paging.limit(limit))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer " + customerId))
                .map(page -> new Page<>(page.items().stream().map(ContactView::of).toList(), page.nextCursor()));
    }

    /**
     * Body: name (required), email, phone, birthday, types (the tenant's contact types), keyUser, main (the first
     * contact is always main), attributes (values of the tenant's CONTACT attribute definitions).
     */
    @POST
    public Uni<Response> create(@HeaderParam(IdempotentCreate.HEADER) String key,
                                @PathParam("customerId") UUID customerId, @NotNull ObjectNode body) {
        String tenantId = tenant.id();
        return idempotent.created(tenantId, key, "POST /customers/" + customerId + "/contacts", body,
                "/api/v1/customers/" + customerId + "/contacts", () -> contacts.create(tenantId, customerId, body)
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("customer " + customerId))
                        .map(ContactView::of));
    }

    @GET
    @Path("/{contactId}")
    public Uni<ContactView> get(@PathParam("customerId") UUID customerId, @PathParam("contactId") UUID contactId) {
        return contacts.list(tenant.id(), customerId)
                .map(all -> all == null ? null : all.stream().filter(c -> c.id.equals(contactId)).findFirst().orElse(null))
                .onItem().ifNull().failWith(() -> notFound(contactId))
                .map(ContactView::of);
    }

    /** JSON merge patch; {@code {"active": false}} deactivates and publishes {@code contact.deactivated}. */
    @PATCH
    @Path("/{contactId}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    public Uni<ContactView> patch(@PathParam("customerId") UUID customerId, @PathParam("contactId") UUID contactId,
                                  @NotNull ObjectNode patch) {
        if (patch.has("active") && !identity.hasRole(Roles.CSM) && !identity.hasRole(Roles.CS_ADMIN)) {
            // the ERP creates and updates contacts; deactivating one (the contacts' delete) is a person's decision
            throw new ProblemException(Problem.of(403, "forbidden", "Forbidden",
                    "the integration role may not activate or deactivate contacts"));
        }
        return contacts.patch(tenant.id(), customerId, contactId, patch)
                .onItem().ifNull().failWith(() -> notFound(contactId))
                .map(ContactView::of);
    }

    private static ProblemException notFound(UUID contactId) {
        return ProblemException.notFound("contact " + contactId);
    }
}
