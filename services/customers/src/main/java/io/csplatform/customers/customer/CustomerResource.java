package io.csplatform.customers.customer;

import io.csplatform.customers.customer.CustomerDtos.CreateCustomer;
import io.csplatform.customers.customer.CustomerDtos.CustomerView;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/customers")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN, Roles.INTEGRATION})
public class CustomerResource {

    private final CustomerService customers;
    private final CurrentTenant tenant;

    public CustomerResource(CustomerService customers, CurrentTenant tenant) {
        this.customers = customers;
        this.tenant = tenant;
    }

    @POST
    public Uni<Response> create(@Valid @NotNull CreateCustomer body) {
        return customers.create(tenant.id(), body)
                .map(created -> Response.created(URI.create("/api/v1/customers/" + created.id())).entity(created).build());
    }

    @GET
    @Path("/{id}")
    public Uni<CustomerView> get(@PathParam("id") UUID id) {
        return customers.find(tenant.id(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer " + id));
    }
}
