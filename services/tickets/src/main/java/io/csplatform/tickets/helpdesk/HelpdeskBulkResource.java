package io.csplatform.tickets.helpdesk;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.IngestMessages;
import io.csplatform.events.payload.HelpdeskTicket;
import io.csplatform.ingest.ErpBulk;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Helpdesk bulk endpoint (role {@code integration}): up to 1,000 {@code helpdesk.ticket} items a call, applied in one
 * transaction by {@link ErpBulk} (same checks, answers and {@code Idempotency-Key} handling as the ERP endpoints).
 */
@Path("/api/v1/helpdesk")
@RolesAllowed(Roles.INTEGRATION)
public class HelpdeskBulkResource {

    private final ErpBulk bulk;
    private final HelpdeskTickets helpdesk;
    private final CurrentTenant tenant;

    public HelpdeskBulkResource(ErpBulk bulk, HelpdeskTickets helpdesk, CurrentTenant tenant) {
        this.bulk = bulk;
        this.helpdesk = helpdesk;
        this.tenant = tenant;
    }

    @POST
    @Path("/tickets")
    public Uni<Response> tickets(@HeaderParam("Idempotency-Key") String key, JsonNode body) {
        String tenantId = tenant.id();
        return bulk.apply("helpdesk-tickets", tenantId, key, body, IngestMessages.HELPDESK_TICKET, HelpdeskTicket::externalId,
                (session, item) -> helpdesk.apply(session, tenantId, item));
    }
}
