package io.csplatform.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.EventJson;
import io.csplatform.events.MessageType;
import io.csplatform.ingest.ErpBatch.BatchResult;
import io.csplatform.ingest.ErpBatch.ItemResult;
import io.csplatform.outbox.IdempotentRequests;
import io.csplatform.outbox.PlatformMeters;
import io.csplatform.outbox.IdempotentRequests.Answer;
import io.csplatform.outbox.UniqueViolation;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What every ERP bulk endpoint does: checks the {@link ErpBatch} and applies its items in one transaction, each
 * answered created / updated / unchanged / rejected (with the reason). With an {@code Idempotency-Key} the answer is
 * stored in that transaction: a replay gets it back and changes nothing.
 */
@ApplicationScoped
public class ErpBulk {

    private final Mutiny.SessionFactory sessions;
    private final IdempotentRequests idempotency;

    public ErpBulk(Mutiny.SessionFactory sessions, IdempotentRequests idempotency) {
        this.sessions = sessions;
        this.idempotency = idempotency;
    }

    public <T> Uni<Response> apply(String endpoint, String tenantId, String key, JsonNode body, MessageType<T> type,
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
                        .invoke(applied -> PlatformMeters.ingested("bulk", applied.outcome().name().toLowerCase(java.util.Locale.ROOT), 1))
                .map(applied -> new ItemResult(index, externalId.apply(items.get(index)), applied.outcome(),
                                applied.id(), applied.reason())))
                .collect().asList()
                .map(results -> new Answer(200, EventJson.write(BatchResult.of(results)), false));
    }
}
