package io.csplatform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tenants' users (CSMs, admins) as Keycloak knows them: users whose {@code tenant_id} attribute is the tenant,
 * read over Keycloak's admin API with the service's own service account (client credentials; realm-management roles
 * view-users, query-users and, for {@link #withRole}, view-realm). The client is {@code cs.users.client-id}
 * (default {@code <application>-service}) with secret {@code cs.users.client-secret} (default
 * {@code <application>-service-secret}, the embedded realm's; production sets it from the environment).
 * A user of another tenant is treated as unknown.
 */
@ApplicationScoped
public class KeycloakUsers {

    /** A user: {@code id} is what owners and notifications reference. */
    public record User(String id, String username, String firstName, String lastName, String email) {

        /** "First Last", else the username. */
        public String displayName() {
            String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
            return name.isEmpty() ? username : name;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String realmUrl;
    private final String adminUrl;
    private final String clientId;
    private final String clientSecret;
    private volatile String token;
    private volatile Instant tokenExpires = Instant.EPOCH;
    private final Duration cacheTtl;
    private final java.util.Map<String, Remembered> cache = new java.util.concurrent.ConcurrentHashMap<>();

    public KeycloakUsers(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl,
                         @ConfigProperty(name = "quarkus.application.name") String application,
                         @ConfigProperty(name = "cs.users.client-id") Optional<String> clientId,
                         @ConfigProperty(name = "cs.users.client-secret") Optional<String> clientSecret,
                         @ConfigProperty(name = "cs.users.cache-ttl", defaultValue = "PT30S") Duration cacheTtl) {
        this.cacheTtl = cacheTtl;
        this.realmUrl = realmUrl.replaceAll("/+$", "");
        this.adminUrl = this.realmUrl.replace("/realms/", "/admin/realms/");
        this.clientId = clientId.orElse(application + "-service");
        this.clientSecret = clientSecret.orElse(application + "-service-secret");
    }

    /** Every user of the tenant (at most 1000; a list for people to read pages it with {@link #page}). */
    public Uni<List<User>> list(String tenantId) {
        return page(tenantId, 0, 1000);
    }

    /**
     * Up to {@code max} users of the tenant from position {@code first} of Keycloak's order (by username): a
     * page of the users' list.
     */
    public Uni<List<User>> page(String tenantId, int first, int max) {
        return get("/users?briefRepresentation=false&first=" + first + "&max=" + max + "&q="
                + URLEncoder.encode("tenant_id:" + tenantId, StandardCharsets.UTF_8))
                .map(array -> {
                    List<User> users = new ArrayList<>();
                    if (array != null) {
                        array.forEach(user -> users.add(user(user)));
                    }
                    return users;
                });
    }

    /** The user, if it exists and belongs to the tenant (remembered for {@code cs.users.cache-ttl}). */
    public Uni<Optional<User>> find(String tenantId, String userId) {
        return cached("user:" + tenantId + ":" + userId, () -> get("/users/" + URLEncoder.encode(userId, StandardCharsets.UTF_8))
                .map(user -> user == null || !tenantId.equals(tenant(user)) ? Optional.<User>empty()
                        : Optional.of(user(user))));
    }

    /** The tenant's users holding a realm role (e.g. {@code cs-admin}; remembered for {@code cs.users.cache-ttl}). */
    public Uni<List<User>> withRole(String tenantId, String role) {
        return cached("role:" + tenantId + ":" + role, () -> fetchWithRole(tenantId, role));
    }

    /**
     * A lookup answered from memory while younger than the TTL: an e-mail action per contract must not cost a
     * Keycloak round trip each (the actions service's throughput was bound by them). A change in Keycloak shows
     * after at most the TTL.
     */
    @SuppressWarnings("unchecked")
    private <T> Uni<T> cached(String key, java.util.function.Supplier<Uni<T>> lookup) {
        Remembered hit = cache.get(key);
        if (hit != null && hit.until().isAfter(Instant.now())) {
            return Uni.createFrom().item((T) hit.value());
        }
        return lookup.get().invoke(value -> {
            if (cache.size() > 10_000) {
                cache.clear();
            }
            cache.put(key, new Remembered(value, Instant.now().plus(cacheTtl)));
        });
    }

    private record Remembered(Object value, Instant until) {
    }

    private Uni<List<User>> fetchWithRole(String tenantId, String role) {
        return get("/roles/" + URLEncoder.encode(role, StandardCharsets.UTF_8)
                + "/users?briefRepresentation=false&max=1000")
                .map(array -> {
                    List<User> users = new ArrayList<>();
                    if (array != null) {
                        array.forEach(user -> {
                            if (tenantId.equals(tenant(user))) {
                                users.add(user(user));
                            }
                        });
                    }
                    return users;
                });
    }

    private Uni<JsonNode> get(String path) {
        return token().chain(bearer -> send(HttpRequest.newBuilder(URI.create(adminUrl + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + bearer).GET().build()));
    }

    private Uni<String> token() {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return Uni.createFrom().item(token);
        }
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret);
        return send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build())
                .map(body -> {
                    token = body.path("access_token").asText();
                    tokenExpires = Instant.now().plusSeconds(Math.max(5, body.path("expires_in").asLong(60) - 30));
                    return token;
                });
    }

    /**
     * The JSON answer; null for 404 (an unknown user or role). The answer is emitted on the caller's Vert.x context
     * (the HTTP client completes on its own threads), so a caller can go on with Hibernate Reactive.
     */
    private Uni<JsonNode> send(HttpRequest request) {
        return ContextHttp.send(http, request).map(response -> {
                    if (response.statusCode() == 404) {
                        return null;
                    }
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to " + request.uri());
                    }
                    try {
                        return JSON.readTree(response.body());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static String tenant(JsonNode user) {
        JsonNode values = user.path("attributes").path("tenant_id");
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : null;
    }

    private static User user(JsonNode user) {
        return new User(user.path("id").asText(), user.path("username").asText(), user.path("firstName").asText(null),
                user.path("lastName").asText(null), user.path("email").asText(null));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
