package io.csplatform.tickets.ticket;

import io.csplatform.customerdirectory.CustomerDirectory;
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
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.UUID;

/** One customer's tickets, newest first, with the filters of {@code /api/v1/tickets}; 404 for a customer unknown here. */
@Path("/api/v1/customers/{customerId}/tickets")
@RolesAllowed({Roles.CSM, Roles.CS_ADMIN})
public class CustomerTicketsResource {

    private final Mutiny.SessionFactory sessions;
    private final CustomerDirectory directory;
    private final TicketQueries queries;
    private final CurrentTenant tenant;

    public CustomerTicketsResource(Mutiny.SessionFactory sessions, CustomerDirectory directory, TicketQueries queries,
                                   CurrentTenant tenant) {
        this.sessions = sessions;
        this.directory = directory;
        this.queries = queries;
        this.tenant = tenant;
    }

    @GET
    public Uni<Page<TicketView>> list(@PathParam("customerId") UUID customerId, @QueryParam("contactId") String contactId,
                                      @QueryParam("status") String status, @QueryParam("priority") String priority,
                                      @QueryParam("closed") String closed, @QueryParam("cursor") String cursor,
                                      @QueryParam("limit") String limit) {
        String tenantId = tenant.id();
        TicketFilter filter = TicketFilter.of(null, contactId, status, priority, null, null, closed, null, null, null)
                .forCustomer(customerId);
        Paging.Cursor after = Paging.Cursor.parse(cursor);
        int size = Paging.limit(limit);
        return sessions.withSession(session -> directory.exists(session, tenantId, customerId))
                .chain(known -> {
                    if (!known) {
                        throw ProblemException.notFound("customer " + customerId);
                    }
                    return queries.list(tenantId, filter, after, size);
                });
    }
}
