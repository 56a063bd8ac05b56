package io.csplatform.customers.attribute;

import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Settings → custom attributes of customers and (with {@code entity: CONTACT}) of contacts: typed per tenant (text, number, date, boolean, option list). */
@Path("/api/v1/customer-attributes")
@RolesAllowed({Roles.CS_ADMIN, Roles.CSM, Roles.INTEGRATION})
public class AttributeResource {

    public record NewAttribute(@NotNull @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_-]{0,59}") String key,
                               @NotNull @Pattern(regexp = "text|number|date|boolean|option") String type,
                               @Size(max = 100) List<@NotBlank @Size(max = 100) String> options,
                               @Pattern(regexp = "CUSTOMER|CONTACT") String entity) {
        String entityOrDefault() {
            return entity == null ? CustomerAttributes.CUSTOMER : entity;
        }
    }

    private final CustomerAttributes attributes;
    private final CurrentTenant tenant;

    public AttributeResource(CustomerAttributes attributes, CurrentTenant tenant) {
        this.attributes = attributes;
        this.tenant = tenant;
    }

    /**
     * The definitions of customers' attributes, or of contacts' with {@code ?entity=CONTACT}, a page at a time
     * (conventions.md), by key.
     */
    @GET
    public Uni<Page<AttributeDefinition>> list(@QueryParam("entity") @DefaultValue(CustomerAttributes.CUSTOMER)
                                               @Pattern(regexp = "CUSTOMER|CONTACT") String entity,
                                               @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return attributes.definitions(tenant.id(), entity, KeyCursor.parse(cursor, 1), Paging.limit(limit));
    }

    @POST
    @RolesAllowed(Roles.CS_ADMIN)
    public Uni<Response> define(@Valid @NotNull NewAttribute body) {
        List<String> options = body.options() == null ? List.of() : body.options().stream().map(String::strip).distinct().toList();
        if (body.type().equals("option") == options.isEmpty()) {
            throw ProblemException.invalidField("options", "an option attribute needs options; other types take none");
        }
        return attributes.define(tenant.id(), body.entityOrDefault(), new AttributeDefinition(body.key(), body.type(), options))
                .map(created -> Response.created(URI.create("/api/v1/customer-attributes/" + created.key()))
                        .entity(created).build());
    }
}
