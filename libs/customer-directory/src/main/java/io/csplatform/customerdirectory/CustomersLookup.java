package io.csplatform.customerdirectory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.csplatform.rest.DependencyUnavailableException;
import io.csplatform.security.ContextHttp;
import io.quarkus.arc.Arc;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;

/**
 * Asks the customers service for a customer this service does not know yet, on the caller's behalf: its
 * {@code customer.created} may still be on its way, and an integrator who creates a customer and then, in the next
 * request, its contract must not be refused. The call carries the caller's own bearer token, so the customers service
 * answers only for the caller's tenant and rights; outside an HTTP request (a Kafka consumer) there is no caller and
 * nothing is asked. 404, 403 and 401 mean "unknown" (the caller may not see it). A customers service that cannot
 * answer (unreachable, an answer of 5xx or 429, slower than {@code cs.customers.lookup-timeout}) fails the request
 * with {@link DependencyUnavailableException}: 503 with {@code Retry-After}, since the customer may well exist, and
 * "unknown customer" would tell the integrator not to retry. {@code cs.customers.url=none} turns the lookup off (a
 * service's own tests, with no customers service beside them).
 */
@ApplicationScoped
public class CustomersLookup {

    /** What the directory keeps of a customer. */
    public record Found(UUID id, String externalId, String name) {
    }

    private static final Logger LOG = Logger.getLogger(CustomersLookup.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Instance<JsonWebToken> token;
    private final String baseUrl;
    private final Duration timeout;

    public CustomersLookup(Instance<JsonWebToken> token,
                           @ConfigProperty(name = "cs.customers.url", defaultValue = "http://localhost:8081") String baseUrl,
                           @ConfigProperty(name = "cs.customers.lookup-timeout", defaultValue = "PT2S") Duration timeout) {
        this.token = token;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.timeout = timeout;
    }

    /** The customer as the customers service knows it for the caller; null when unknown or when there is no caller. */
    public Uni<Found> find(UUID customerId) {
        return find(customerId, callerToken());
    }

    /** The same, with the bearer token to send. */
    Uni<Found> find(UUID customerId, String bearer) {
        if (bearer == null || "none".equals(baseUrl)) {
            return Uni.createFrom().nullItem();
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/customers/" + customerId))
                .timeout(timeout).header("Authorization", "Bearer " + bearer).header("Accept", "application/json")
                .GET().build();
        return ContextHttp.send(http, request).onFailure().transform(failure -> {
            LOG.warnf("customers service not reachable at %s: %s", baseUrl, failure.toString());
            return new DependencyUnavailableException("the customers service cannot be reached: " + failure, failure);
        }).map(response -> {
            int status = response.statusCode();
            if (status >= 500 || status == 429) {
                throw new DependencyUnavailableException("the customers service answered " + status);
            }
            if (status != 200) {
                return null;
            }
            try {
                JsonNode customer = JSON.readTree(response.body());
                return new Found(UUID.fromString(customer.path("id").asText()),
                        customer.path("externalId").asText(null), customer.path("name").asText(null));
            } catch (IOException | IllegalArgumentException e) {
                LOG.warnf("unreadable answer of the customers service for %s: %s", customerId, e.getMessage());
                return null;
            }
        });
    }

    private String callerToken() {
        if (!Arc.container().requestContext().isActive() || !token.isResolvable()) {
            return null;
        }
        try {
            return token.get().getRawToken();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
