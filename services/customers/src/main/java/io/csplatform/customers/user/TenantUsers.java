package io.csplatform.customers.user;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.EventJson;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant's users (CSMs) as Keycloak knows them: users whose {@code tenant_id} attribute is the tenant, read with
 * the service's own service account (client credentials, role realm-management/view-users).
 */
@ApplicationScoped
public class TenantUsers {

    /** A user the frontend can pick as an owner: {@code id} is what owners reference. */
    public record User(String id, String username, String firstName, String lastName, String email) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String realmUrl;
    private final String adminUrl;
    private final KeycloakUsersConfig config;

    public TenantUsers(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl, KeycloakUsersConfig config) {
        this.realmUrl = realmUrl.replaceAll("/+$", "");
        this.adminUrl = this.realmUrl.replace("/realms/", "/admin/realms/");
        this.config = config;
    }

    public Uni<List<User>> list(String tenantId) {
        return token().chain(token -> send(HttpRequest.newBuilder(URI.create(adminUrl + "/users?briefRepresentation=false"
                        + "&max=1000&q=" + URLEncoder.encode("tenant_id:" + tenantId, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).GET().build()))
                .map(TenantUsers::users);
    }

    private Uni<String> token() {
        String form = "grant_type=client_credentials&client_id=" + encode(config.clientId())
                + "&client_secret=" + encode(config.clientSecret());
        return send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build())
                .map(body -> body.path("access_token").asText());
    }

    private Uni<JsonNode> send(HttpRequest request) {
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .map(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to " + request.uri());
                    }
                    try {
                        return EventJson.MAPPER.readTree(response.body());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static List<User> users(JsonNode array) {
        List<User> users = new ArrayList<>();
        array.forEach(user -> users.add(new User(user.path("id").asText(), user.path("username").asText(),
                user.path("firstName").asText(null), user.path("lastName").asText(null), user.path("email").asText(null))));
        return users;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
