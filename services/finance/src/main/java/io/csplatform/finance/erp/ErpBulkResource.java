package io.csplatform.finance.erp;

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
 * ERP bulk endpoints (role {@code integration}): up to 1,000 charges, payments or sales a call, applied in one
 * transaction by {@link ErpBulk}.
 */
@Path("/api/v1/erp")
@RolesAllowed(Roles.INTEGRATION)
public class ErpBulkResource {

    private final ErpBulk bulk;
    private final ErpFinance erp;
    private final CurrentTenant tenant;

    public ErpBulkResource(ErpBulk bulk, ErpFinance erp, CurrentTenant tenant) {
        this.bulk = bulk;
        this.erp = erp;
        this.tenant = tenant;
    }

    @POST
    @Path("/charges")
    public Uni<Response> charges(@HeaderParam("Idempotency-Key") String key, JsonNode body) {
        String tenantId = tenant.id();
        return bulk.apply("charges", tenantId, key, body, IngestMessages.ERP_CHARGE, item -> item.externalId(),
                (session, item) -> erp.charge(session, tenantId, item));
    }

    @POST
    @Path("/payments")
    public Uni<Response> payments(@HeaderParam("Idempotency-Key") String key, JsonNode body) {
        String tenantId = tenant.id();
        return bulk.apply("payments", tenantId, key, body, IngestMessages.ERP_PAYMENT, item -> item.externalId(),
                (session, item) -> erp.payment(session, tenantId, item));
    }

    @POST
    @Path("/sales")
    public Uni<Response> sales(@HeaderParam("Idempotency-Key") String key, JsonNode body) {
        String tenantId = tenant.id();
        return bulk.apply("sales", tenantId, key, body, IngestMessages.ERP_SALE, item -> item.externalId(),
                (session, item) -> erp.sale(session, tenantId, item));
    }
}
