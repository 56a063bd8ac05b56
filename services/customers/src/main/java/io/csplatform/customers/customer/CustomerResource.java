package io.csplatform.customers.customer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.customers.customer.CustomerDtos.CreateCustomer;
import io.csplatform.customers.customer.CustomerDtos.CustomerFilter;
import io.csplatform.customers.customer.CustomerDtos.CustomerView;
import io.csplatform.ingest.IdempotentCreate;
import io.csplatform.rest.Page;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

@Path("/api/v1/customers")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.INTEGRATION})
public class CustomerResource {

    private final CustomerService customers;
    private final CustomerQueries queries;
    private final CurrentTenant tenant;
    private final IdempotentCreate idempotent;

    public CustomerResource(CustomerService customers, CustomerQueries queries, CurrentTenant tenant,
                            IdempotentCreate idempotent) {
        this.idempotent = idempotent;
        this.customers = customers;
        this.queries = queries;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> create(@HeaderParam(IdempotentCreate.HEADER) String key, @Valid @NotNull CreateCustomer body) {
        String tenantId = tenant.id();
        return idempotent.created(tenantId, key, "POST /customers", body, "/api/v1/customers",
                () -> customers.create(tenantId, body));
    }

    @GET
    public Uni<Page<CustomerView>> list(@QueryParam("status") String status, @QueryParam("tag") String tag,
                                        @QueryParam("portfolio") UUID portfolio, @QueryParam("owner") String owner,
                                        @QueryParam("segment") String segment, @QueryParam("q") String q,
                                        @QueryParam("parent") UUID parent,
                                        @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
                                        @QueryParam("cursor") String cursor) {
        return queries.list(tenant.id(), new CustomerFilter(status, tag, portfolio, owner, segment, q, parent), limit, cursor);
    }

    @GET
    @Path("/{id}")
    public Uni<CustomerView> get(@PathParam("id") UUID id) {
        return customers.find(tenant.id(), id).onItem().ifNull().failWith(() -> notFound(id));
    }

    /** JSON merge patch (RFC 7396): fields present are set, null clears, absent fields stay. */
    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    public Uni<CustomerView> patch(@PathParam("id") UUID id, @NotNull ObjectNode patch) {
        return customers.patch(tenant.id(), id, patch).onItem().ifNull().failWith(() -> notFound(id));
    }

    /** Archives the customer: it leaves the lists, its history stays readable. */
    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
    public Uni<Response> archive(@PathParam("id") UUID id) {
        return customers.archive(tenant.id(), id).map(found -> {
            if (!found) {
                throw notFound(id);
            }
            return Response.noContent().build();
        });
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("customer " + id);
    }
}
