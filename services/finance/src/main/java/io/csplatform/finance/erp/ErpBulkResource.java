package io.csplatform.finance.erp;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.EventJson;
import io.csplatform.events.IngestMessages;
import io.csplatform.events.MessageType;
import io.csplatform.finance.erp.ErpBatch.BatchResult;
import io.csplatform.finance.erp.ErpBatch.ItemResult;
import io.csplatform.outbox.IdempotentRequests;
import io.csplatform.outbox.IdempotentRequests.Answer;
import io.csplatform.outbox.UniqueViolation;
import io.csplatform.rest.ProblemException;
import io.csplatform.security.CurrentTenant;
import io.csplatform.security.Roles;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * ERP bulk endpoints (role {@code integration}): up to 1,000 charges, payments or sales a call, applied in one
 * transaction, each item answered created / updated / unchanged / rejected (with the reason). With an
 * {@code Idempotency-Key} the answer is stored in that transaction: a replay gets it back and changes nothing.
 */
@Path("/api/v1/erp")
@RolesAllowed(Roles.INTEGRATION)
public class ErpBulkResource {

    private final Mutiny.SessionFactory sessions;
    private final IdempotentRequests idempotency;
    private final ErpFinance erp;
    private final CurrentTenant tenant;

    public ErpBulkResource(Mutiny.SessionFactory sessions, IdempotentRequests idempotency, ErpFinance erp,
                           CurrentTenant tenant) {
        this.sessions = sessions;
        this.idempotency = idempotency;
        this.erp = erp;
        this.tenant = tenant;
    }

    @POST
    @Path("/charges")
    public Uni<Response> charges(@HeaderParam("Idempotency-Key") String key, JsonNode body) {
        String tenantId = tenant.id();
        return bulk("charges", tenantId, key, body, IngestMessages.ERP_CHARGE, item -> item.externalId(),
                (session, item) -> erp.charge(session, tenantId, item));
    }

    @POST
    @Path("/payments")
    public Uni<Response> payments(@HeaderParam("Idempotency-Key") String key, JsonNode body) {
        String tenantId = tenant.id();
        return bulk("payments", tenantId, key, body, IngestMessages.ERP_PAYMENT, item -> item.externalId(),
                (session, item) -> erp.payment(session, tenantId, item));
    }

    @POST
    @Path("/sales")
    public Uni<Response> sales(@HeaderParam("Idempotency-Key") String key, JsonNode body) {
        String tenantId = tenant.id();
        return bulk("sales", tenantId, key, body, IngestMessages.ERP_SALE, item -> item.externalId(),
                (session, item) -> erp.sale(session, tenantId, item));
    }

    private <T> Uni<Response> bulk(String endpoint, String tenantId, String key, JsonNode body, MessageType<T> type,
                                   Function<T, String> externalId,
                                   BiFunction<Mutiny.Session, T, Uni<Applied>> apply) {
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw ProblemException.invalidField("Idempotency-Key", "must be 1 to 200 characters");
        }
        List<T> items = ErpBatch.items(body, type);
        return sessions.withTransaction(session -> key == null ? applyAll(session, items, externalId, apply)
                        : idempotency.once(session, tenantId, key, ErpBatch.fingerprint(endpoint, body),
                        () -> applyAll(session, items, externalId, apply)))
                .onFailure(IdempotentRequests.KeyReusedException.class)
                .transform(e -> ProblemException.conflict("idempotency-key-reused", e.getMessage()))
                .onFailure(UniqueViolation::test)
                .transform(e -> ProblemException.conflict("concurrent-upsert", "another request created the same external id; retry"))
                .map(answer -> Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body())
                        .header("Idempotent-Replayed", answer.replayed()).build());
    }

    private static <T> Uni<Answer> applyAll(Mutiny.Session session, List<T> items, Function<T, String> externalId,
                                            BiFunction<Mutiny.Session, T, Uni<Applied>> apply) {
        return Multi.createFrom().range(0, items.size())
                .onItem().transformToUniAndConcatenate(index -> apply.apply(session, items.get(index))
                        .map(applied -> new ItemResult(index, externalId.apply(items.get(index)), applied.outcome(),
                                applied.id(), applied.reason())))
                .collect().asList()
                .map(results -> new Answer(200, EventJson.write(BatchResult.of(results)), false));
    }
}
