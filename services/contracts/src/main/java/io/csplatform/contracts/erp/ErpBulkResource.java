package io.csplatform.contracts.erp;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.IngestMessages;
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
 * ERP bulk endpoints (role {@code integration}): up to 1,000 contracts or amendments a call, applied in one
 * transaction by {@link ErpBulk}.
 */
@Path("/api/v1/erp")
@RolesAllowed(Roles.INTEGRATION)
public class ErpBulkResource {

    private final ErpBulk bulk;
    private final ErpContracts erp;
    private final CurrentTenant tenant;

    public ErpBulkResource(ErpBulk bulk, ErpContracts erp, CurrentTenant tenant) {
        this.bulk = bulk;
        this.erp = erp;
        this.tenant = tenant;
    }

    @POST
    @Path("/contracts")
    public Uni<Response> contracts(@HeaderParam("Idempotency-Key") String key, JsonNode body) {
        String tenantId = tenant.id();
        return bulk.apply("contracts", tenantId, key, body, IngestMessages.ERP_CONTRACT, item -> item.externalId(),
                (session, item) -> erp.contract(session, tenantId, item));
    }

    @POST
    @Path("/amendments")
    public Uni<Response> amendments(@HeaderParam("Idempotency-Key") String key, JsonNode body) {
        String tenantId = tenant.id();
        return bulk.apply("amendments", tenantId, key, body, IngestMessages.ERP_AMENDMENT, item -> item.externalId(),
                (session, item) -> erp.amendment(session, tenantId, item));
    }
}
