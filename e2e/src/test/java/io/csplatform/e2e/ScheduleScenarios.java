package io.csplatform.e2e;

import io.csplatform.events.EventJson;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The public API calls of {@link StarterTemplateSchedulesIT} on one tenant, as its admin, its CSM and its integration
 * client: playbooks from templates, customers with an owner, tasks, tickets, tracking, manual health scores, and the
 * runtime's view of them (facts, evaluations with their trace, executions, simulations).
 */
final class ScheduleScenarios {

    static final Duration WAIT = TemplateScenarios.WAIT;
    static final ZoneId TENANT_ZONE = TemplateScenarios.TENANT_ZONE;
    static final String OWNER_TYPE = "Analista Principal";

    final Platform platform;
    final String admin;
    final String csm;
    final String integration;
    /** The API helpers the starter-template tests share. */
    private final TemplateScenarios shared;

    ScheduleScenarios(Platform platform, String tenant) {
        this.platform = platform;
        this.shared = TemplateScenarios.of(platform, tenant);
        this.admin = platform.stack.token(tenant + "-admin", tenant + "-admin");
        this.csm = platform.stack.token(tenant + "-csm", tenant + "-csm");
        this.integration = platform.stack.clientToken(tenant + "-integration", tenant + "-integration-secret");
    }

    RequestSpecification as(String service, String token) {
        return shared.as(service, token);
    }

    RequestSpecification admin(String service) {
        return as(service, admin);
    }

    /** A DRAFT playbook from the template, named {@code name}, trigger parameters as the template has them. */
    String draft(String template, String name) {
        return admin("playbook-runtime").body(Map.of("name", name))
                .post("/api/v1/playbook-templates/" + template + "/instantiate").then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");
    }

    void activate(String playbook) {
        admin("playbook-runtime").post("/api/v1/playbooks/" + playbook + "/activate").then().statusCode(200);
    }

    void deactivate(String playbook) {
        admin("playbook-runtime").post("/api/v1/playbooks/" + playbook + "/deactivate").then().statusCode(200);
    }

    String userId(String username) {
        return shared.userId(username);
    }

    /** The owner type the templates name ("Analista Principal", the tenant's default). */
    String ownerType() {
        return admin("customers").get("/api/v1/owner-types").then().statusCode(200)
                .extract().path("items.find { it.name == '" + OWNER_TYPE + "' }.id");
    }

    /** A new customer (status active by default) with an external id and {@code userId} as its Analista Principal. */
    String customer(String name, String externalId, String ownerType, String userId) {
        String id = admin("customers").body(Map.of("name", name, "externalId", externalId))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        admin("customers").body(Map.of("userId", userId)).put("/api/v1/customers/" + id + "/owners/" + ownerType)
                .then().statusCode(200);
        return id;
    }

    /** A journey task of the customer due in {@code dueInDays} days, once journeys knows it (404 until then). */
    String task(String customer, String title, List<String> labels, int dueInDays) {
        String key = UUID.randomUUID().toString();
        Response created = await().atMost(WAIT).until(() -> admin("journeys").header("Idempotency-Key", key)
                .body(Map.of("title", title, "labels", labels, "dueInDays", dueInDays))
                .post("/api/v1/customers/" + customer + "/tasks"), answer -> answer.statusCode() != 404);
        return created.then().statusCode(201).extract().path("id");
    }

    void complete(String task) {
        admin("journeys").post("/api/v1/tasks/" + task + "/complete").then().statusCode(200);
    }

    /** A ticket of the customer, once the tickets service knows it (400 naming customerId until then). */
    void ticket(String customer, String subject) {
        await().atMost(WAIT).until(() -> admin("tickets").body(Map.of("customerId", customer, "subject", subject))
                .post("/api/v1/tickets").statusCode() == 201);
    }

    /** Marks a product user of the customer as key user, once the tracking service knows the customer. */
    void keyUser(String customer, String userId) {
        await().atMost(WAIT).until(() -> admin("tracking").body(Map.of("name", userId, "keyUser", true))
                .put("/api/v1/customers/" + customer + "/tracking/users/" + userId).statusCode() == 200);
    }

    /** One usage event (REST ingest item). */
    static Map<String, Object> usage(String eventId, String externalId, String userId, String event, Instant at,
                                     int quantity) {
        return Map.of("eventId", eventId, "customerExternalId", externalId, "userId", userId, "event", event,
                "occurredAt", at.toString(), "quantity", quantity);
    }

    /** Ingests the events as the tenant's integration, again until none is refused (a customer not known yet). */
    void ingest(List<Map<String, Object>> events) {
        await().atMost(WAIT).until(() -> {
            Response answer = as("tracking", integration).body(Map.of("events", events)).post("/api/v1/tracking/events");
            return answer.statusCode() == 200 && answer.jsonPath().getInt("rejected") == 0;
        });
    }

    /** Sets the customer's health score by hand, once the health-score service knows the customer. */
    void healthScore(String customer, int value) {
        await().atMost(WAIT).until(() -> admin("health-score").body(Map.of("value", value, "reason", "e2e: " + value))
                .post("/api/v1/customers/" + customer + "/health-score/adjustments").statusCode() == 201);
    }

    /** The facts the runtime evaluates for the customer (null while it does not know the customer). */
    JsonPath facts(String customer) {
        Response answer = admin("playbook-runtime").get("/api/v1/customers/" + customer + "/facts");
        return answer.statusCode() == 200 ? answer.jsonPath() : null;
    }

    /** The customer's evaluations of the playbook, newest first. */
    List<Map<String, Object>> evaluations(String playbook, String customer) {
        List<Map<String, Object>> items = admin("playbook-runtime").queryParam("limit", 500)
                .get("/api/v1/customers/" + customer + "/evaluations").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(e -> playbook.equals(e.get("playbookId"))).toList();
    }

    /** The customer's executions of the playbook, newest first, with their steps. */
    List<Map<String, Object>> executions(String playbook, String customer) {
        return shared.executions(playbook, customer);
    }

    /** The CSM's newest notification titles. */
    List<String> notificationTitles() {
        return as("actions", csm).queryParam("limit", 500).get("/api/v1/notifications").then().statusCode(200)
                .extract().jsonPath().getList("items.title", String.class);
    }

    /** The titles of the customer's journey tasks. */
    List<String> journeyTaskTitles(String customer) {
        return admin("journeys").queryParam("limit", 500).get("/api/v1/customers/" + customer + "/tasks").then()
                .statusCode(200).extract().jsonPath().getList("items.title", String.class);
    }

    /** What the saved playbook would decide for the customer now, with no side effect (its trace). */
    JsonPath simulate(String playbook, String customer) {
        Object definition = admin("playbook-runtime").get("/api/v1/playbooks/" + playbook).then().statusCode(200)
                .extract().path("definition");
        Map<String, Object> body = new HashMap<>();
        body.put("playbook", definition);
        body.put("customerIds", List.of(customer));
        body.put("playbookId", playbook);
        return JsonPath.from(EventJson.write(admin("playbook-runtime").body(body).post("/api/v1/playbooks/simulate")
                .then().statusCode(200).extract().path("items[0]")));
    }

    /** The types of the trace entries that did not pass. */
    @SuppressWarnings("unchecked")
    static List<String> failed(Map<String, Object> evaluation) {
        return ((List<Map<String, Object>>) evaluation.get("trace")).stream()
                .filter(entry -> !Boolean.TRUE.equals(entry.get("passed"))).map(entry -> (String) entry.get("type"))
                .toList();
    }
}
