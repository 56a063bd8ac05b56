package io.csplatform.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client can send wrong never answers 5xx, and every 4xx is problem+json: each operation of every service's
 * OpenAPI document (as its build wrote it) is called as a careless integrator would, with ids that do not exist or
 * do not parse, query parameters that do not parse (text for a number, a number too large, the NUL character),
 * bodies that are not JSON or not an object, and, field by field, a wrong type, a 5,000-character string or the NUL
 * character. As the admin (every role the interface has) of a tenant of its own, made for the run
 * in Keycloak: a wrong value that happens to be valid changes nothing the other tests rely on. Left out: the
 * process-wide admin clock, and the notification stream, which never ends.
 */
class MalformedInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");
    private static final List<String> SKIPPED = List.of("/admin/clock", "/stream");
    private static final List<String> QUERY_VALUES = List.of("abc", "99999999999999999999", "%00");
    private static final List<String> BODIES = List.of("{bad", "[]", "\"x\"", "null", "123");
    private static final List<Object> WRONG_VALUES = List.of(123, "not-a-value", Map.of("a", 1), List.of(1, 2),
            "x".repeat(5000), "nul\u0000");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TestFactory
    Stream<DynamicTest> noMalformedRequestIsAServerErrorAndEveryClientErrorIsAProblem() throws Exception {
        Platform platform = Platform.get();
        String token = tenantAdminToken(platform);
        Path home = Path.of(System.getProperty("cs.home", "..")).toAbsolutePath().normalize();
        return OpenApiDocumentsTest.SERVICES.stream().map(service -> DynamicTest.dynamicTest(service, () -> {
            JsonNode spec = JSON.readTree(home.resolve("services").resolve(service).resolve("target/openapi/openapi.json")
                    .toFile());
            List<String> failures = new ArrayList<>();
            int calls = 0;
            for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                if (SKIPPED.stream().anyMatch(path.getKey()::contains)) {
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    String method = op.getKey().toUpperCase();
                    if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        continue;
                    }
                    for (Call call : calls(spec, path.getKey(), method, op.getValue())) {
                        calls++;
                        String failure = send(platform.url(service), token, call);
                        if (failure != null) {
                            failures.add(failure);
                        }
                    }
                }
            }
            System.out.printf("MalformedInputIT %s: %d calls, %d failures%n", service, calls, failures.size());
            assertThat(calls).as("operations found in %s's document", service).isGreaterThan(10);
            assertThat(failures).as("%s: server errors or client errors that are not problem+json", service).isEmpty();
        }));
    }

    /** A user of a new tenant with the roles of acme-admin, created over Keycloak's admin API (master admin). */
    private String tenantAdminToken(Platform platform) throws IOException, InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String keycloak = platform.stack.keycloakUrl();
        String master = JSON.readTree(post(keycloak + "/realms/master/protocol/openid-connect/token", null,
                "application/x-www-form-urlencoded", "client_id=admin-cli&grant_type=password&username=admin&password=admin")
                .body()).path("access_token").asText();
        String users = keycloak + "/admin/realms/cs-platform/users";
        String username = "malformed-" + run;
        ObjectNode user = JSON.createObjectNode().put("username", username).put("enabled", true)
                .put("email", username + "@example.com").put("emailVerified", true).put("firstName", "Mal")
                .put("lastName", "Formed");
        user.putObject("attributes").putArray("tenant_id").add("malformed" + run);
        user.putArray("credentials").addObject().put("type", "password").put("value", username).put("temporary", false);
        HttpResponse<String> created = post(users, master, "application/json", user.toString());
        assertThat(created.statusCode()).as("user created: %s", created.body()).isEqualTo(201);
        String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        var roles = JSON.createArrayNode();
        for (String role : List.of("cs-admin", "csm", "customer-owners:manage", "playbooks:manage", "integration")) {
            roles.add(JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/cs-platform/roles/"
                    + role)).header("Authorization", "Bearer " + master).build(), HttpResponse.BodyHandlers.ofString()).body()));
        }
        assertThat(post(users + "/" + id + "/role-mappings/realm", master, "application/json", roles.toString())
                .statusCode()).isEqualTo(204);
        return platform.stack.token(username, username);
    }

    private HttpResponse<String> post(String url, String bearer, String type, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Call(String method, String path, String body, String label) {
    }

    private static List<Call> calls(JsonNode spec, String template, String method, JsonNode op) {
        boolean write = !method.equals("GET") && !method.equals("DELETE");
        String emptyBody = write ? "{}" : null;
        String path = PATH_PARAMETER.matcher(template).replaceAll(UUID.randomUUID().toString());
        List<Call> calls = new ArrayList<>();
        calls.add(new Call(method, path, emptyBody, "unknown ids"));
        calls.add(new Call(method, PATH_PARAMETER.matcher(template).replaceAll("not-a-uuid"), emptyBody, "ids that do not parse"));
        for (JsonNode parameter : op.path("parameters")) {
            if (parameter.path("in").asText().equals("query")) {
                for (String value : QUERY_VALUES) {
                    String name = parameter.path("name").asText();
                    calls.add(new Call(method, path + "?" + name + "=" + value, emptyBody, "?" + name + "=" + value));
                }
            }
        }
        JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
        if (write && !schema.isMissingNode()) {
            BODIES.forEach(body -> calls.add(new Call(method, path, body, "body " + body)));
            if (sample(spec, schema, 0) instanceof ObjectNode valid) {
                for (Iterator<String> fields = valid.fieldNames(); fields.hasNext(); ) {
                    String field = fields.next();
                    for (Object wrong : WRONG_VALUES) {
                        ObjectNode body = valid.deepCopy();
                        body.set(field, JSON.valueToTree(wrong));
                        String shown = String.valueOf(wrong);
                        calls.add(new Call(method, path, body.toString(), field + "=" + shown.substring(0, Math.min(20, shown.length()))));
                    }
                }
            }
        }
        return calls;
    }

    /** A value of the schema: what a client reading the document would send. */
    private static JsonNode sample(JsonNode spec, JsonNode schema, int depth) {
        JsonNode s = resolve(spec, schema, depth);
        if (s.has("enum")) {
            return s.path("enum").get(0);
        }
        String type = s.path("type").asText();
        if (type.equals("object") || s.has("properties")) {
            ObjectNode object = JSON.createObjectNode();
            if (depth < 5) {
                s.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(spec, p.getValue(), depth + 1)));
            }
            return object;
        }
        return switch (type) {
            case "array" -> JSON.createArrayNode().add(sample(spec, s.path("items"), depth + 1));
            case "integer" -> JSON.valueToTree(1);
            case "number" -> JSON.valueToTree(1.5);
            case "boolean" -> JSON.valueToTree(true);
            default -> JSON.valueToTree(switch (s.path("format").asText()) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date" -> "2026-01-01";
                case "date-time" -> "2026-01-01T00:00:00Z";
                default -> "x";
            });
        };
    }

    private static JsonNode resolve(JsonNode spec, JsonNode schema, int depth) {
        if (schema.has("$ref") && depth < 10) {
            String name = schema.path("$ref").asText().substring("#/components/schemas/".length());
            return resolve(spec, spec.path("components").path("schemas").path(name), depth + 1);
        }
        if (schema.has("allOf") && depth < 10) {
            ObjectNode merged = JSON.createObjectNode();
            ObjectNode properties = merged.putObject("properties");
            for (JsonNode part : schema.path("allOf")) {
                JsonNode resolved = resolve(spec, part, depth + 1);
                resolved.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), p.getValue()));
            }
            return merged;
        }
        return schema;
    }

    /** The call's failure ("POST /x [label]: 500 ..."), or null when the answer is a client's error done right. */
    private String send(String base, String token, Call call) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.path()))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (call.body() != null) {
            request.header("Content-Type", "application/json")
                    .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body()));
        } else {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        boolean problem = type.startsWith("application/problem+json");
        if (status >= 500 || (status >= 400 && status != 401 && status != 403 && !problem)) {
            String body = response.body();
            return call.method() + " " + call.path().substring(0, Math.min(120, call.path().length())) + " [" + call.label()
                    + "]: " + status + " " + type + " " + body.substring(0, Math.min(200, body.length()));
        }
        return null;
    }
}
