package io.csplatform.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.csplatform.outbox.IdempotentRequests;
import io.csplatform.outbox.IdempotentRequests.Answer;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hibernate.reactive.mutiny.Mutiny;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * A single create (or payment) an integrator may retry, with {@code Idempotency-Key} (conventions.md): the key is
 * claimed and the answer stored in the create's own transaction ({@link IdempotentRequests}; the service's
 * {@code withTransaction} joins the one opened here). Same tenant, key, endpoint and body: the first answer, status and
 * body, unchanged (header {@code Idempotent-Replayed: true}); the same key with another endpoint or body: 409
 * problem+json. Keys are per tenant. A create that fails (400, 404, 409) stores nothing, so it may be retried with its
 * key. Without a key it is a plain create.
 */
@ApplicationScoped
public class IdempotentCreate {

    public static final String HEADER = "Idempotency-Key";

    private final Mutiny.SessionFactory sessions;
    private final IdempotentRequests requests;
    private final ObjectMapper json;

    public IdempotentCreate(Mutiny.SessionFactory sessions, IdempotentRequests requests, ObjectMapper json) {
        this.sessions = sessions;
        this.requests = requests;
        this.json = json;
    }

    /** 201 with the created view and {@code Location: <locationPrefix>/<id>}. */
    public Uni<Response> created(String tenantId, String key, String endpoint, Object request, String locationPrefix,
                                 Supplier<Uni<?>> create) {
        return answer(tenantId, key, endpoint, request, 201, locationPrefix, create);
    }

    /** 200 with the view (e.g. a payment registered on a charge). */
    public Uni<Response> ok(String tenantId, String key, String endpoint, Object request, Supplier<Uni<?>> work) {
        return answer(tenantId, key, endpoint, request, 200, null, work);
    }

    private Uni<Response> answer(String tenantId, String key, String endpoint, Object request, int status,
                                 String locationPrefix, Supplier<Uni<?>> work) {
        if (key == null) {
            return work.get().map(view -> respond(new Answer(status, write(view), false), locationPrefix));
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalidField(HEADER, "must be 1 to 200 characters");
        }
        String fingerprint = fingerprint(endpoint, write(request));
        return sessions.withTransaction(session -> requests.once(session, tenantId, key, fingerprint,
                        () -> work.get().map(view -> new Answer(status, write(view), false))))
                .onFailure(IdempotentRequests.KeyReusedException.class)
                .transform(e -> ProblemException.conflict("idempotency-key-reused", e.getMessage()))
                .map(answer -> respond(answer, locationPrefix));
    }

    private Response respond(Answer answer, String locationPrefix) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
                .entity(answer.body()).header("Idempotent-Replayed", answer.replayed());
        if (locationPrefix != null) {
            try {
                String id = json.readTree(answer.body()).path("id").asText();
                response.location(URI.create(locationPrefix + "/" + id));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored answer is not JSON", e);
            }
        }
        return response.build();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static String fingerprint(String endpoint, String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return endpoint + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
