package io.csplatform.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The health score end to end (issue #16): a customer with a contract and steady usage is green; two overdue charges
 * registered in finance and a usage drop lower it into red; {@code healthscore.changed} fires an ACTIVE playbook
 * (trigger healthscore.changed to red) whose {@code notify.csm} creates a notification for the customer's CSM, read
 * from the actions service's API as that CSM.
 */
class HealthScoreIT {

    private static final ZoneId TENANT_ZONE = ZoneId.of("America/Sao_Paulo");
    private static final Duration WAIT = Duration.ofSeconds(120);

    private static Platform platform;
    private static String admin;
    private static String csm;

    @BeforeAll
    static void start() {
        platform = Platform.get();
        admin = platform.stack.token("acme-admin", "acme-admin");
        csm = platform.stack.token("acme-csm", "acme-csm");
    }

    @Test
    void overdueChargesAndAUsageDropTurnTheScoreRedAndAPlaybookNotifiesTheCsm() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> users = as("customers", admin).get("/api/v1/users").then().statusCode(200)
                .extract().path("items");
        String csmId = users.stream().filter(u -> "acme-csm".equals(u.get("username"))).map(u -> (String) u.get("id"))
                .findFirst().orElseThrow();
        String externalId = "hs-" + suffix;
        String customerId = as("customers", admin).body(Map.of("name", "Saúde " + suffix, "externalId", externalId,
                        "mainContact", Map.of("name", "Ana", "email", "ana." + suffix + "@acme.example.com")))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        String ownerType = as("customers", admin).get("/api/v1/owner-types").then().statusCode(200)
                .extract().path("items.find { it.isDefault }.id");
        as("customers", admin).body(Map.of("userId", csmId)).put("/api/v1/customers/" + customerId + "/owners/" + ownerType)
                .then().statusCode(200);

        String title = "Health score de {customer.name} no vermelho";
        String playbook = as("playbook-runtime", admin).body(Map.of("name", "Health score vermelho " + suffix,
                        "trigger", Map.of("type", "healthscore.changed", "params", Map.of("toBand", "red")),
                        "actions", List.of(Map.of("type", "notify.csm", "params", Map.of(
                                "ownerTypes", List.of("Analista Principal"), "title", title,
                                "body", "Cobranças em atraso e queda de uso.")))))
                .post("/api/v1/playbooks").then().statusCode(201).extract().path("id");
        as("playbook-runtime", admin).post("/api/v1/playbooks/" + playbook + "/activate").then().statusCode(200);

        // a contract renewing in about a year, and steady usage over the last five weeks: green
        await().atMost(WAIT).until(() -> as("contracts", admin).get("/api/v1/customers/" + customerId + "/mrr")
                .statusCode() == 200);
        LocalDate today = LocalDate.now(TENANT_ZONE);
        as("contracts", admin).body(Map.of("customerId", customerId, "mrr", 2000, "currency", "BRL",
                        "startDate", today.minusDays(30).toString(), "endDate", today.plusDays(335).toString()))
                .post("/api/v1/contracts").then().statusCode(201);
        usage(externalId, today, 35, 1, 20, "steady");
        JsonPath green = awaitScore(customerId, "green");
        assertThat(green.getFloat("score")).isEqualTo(100f);

        // two charges past their due date, registered in finance, and a usage drop in the last week: red
        await().atMost(WAIT).until(() -> as("finance", admin).get("/api/v1/customers/" + customerId + "/finance")
                .statusCode() == 200);
        for (int i = 1; i <= 2; i++) {
            as("finance", admin).body(Map.of("customerId", customerId, "amount", 900 + i, "currency", "BRL",
                            "dueDate", today.minusDays(10L * i).toString()))
                    .post("/api/v1/charges").then().statusCode(201);
        }
        // the weeks before the last one turn out to have been much busier (late events): the last week is a drop
        usage(externalId, today, 35, 8, 100, "earlier");
        JsonPath red = awaitScore(customerId, "red");
        // the days' rollups arrive one by one: wait for the whole drop, not the first red score on the way
        await().atMost(WAIT).until(() -> as("health-score", csm).get("/api/v1/customers/" + customerId + "/health-score")
                .jsonPath().getFloat("measures.find { it.measure == 'usage' }.facts.changePercent") < -50f);
        // the stored score follows the last rollup a moment later than the measure's facts: wait for it to be stored
        await().atMost(WAIT).until(() -> {
            JsonPath now = as("health-score", csm).get("/api/v1/customers/" + customerId + "/health-score").jsonPath();
            return now.getBoolean("stored") && "red".equals(now.getString("band")) && now.getFloat("score") < 40f;
        });
        red = awaitScore(customerId, "red");
        assertThat(red.getFloat("score")).isLessThan(40f);
        assertThat(red.getFloat("measures.find { it.measure == 'overdueCharges' }.value")).isZero();
        assertThat(red.getInt("measures.find { it.measure == 'overdueCharges' }.facts.overdueCharges")).isEqualTo(2);
        assertThat(red.getFloat("measures.find { it.measure == 'usage' }.facts.changePercent")).isLessThan(-50f);
        assertThat(as("health-score", csm).get("/api/v1/customers/" + customerId + "/health-score/history").then()
                .statusCode(200).extract().jsonPath().getList("items.band", String.class)).contains("red", "green");

        // the playbook ran for the customer and the CSM has the notification
        String expected = "Health score de Saúde " + suffix + " no vermelho";
        await().atMost(WAIT).untilAsserted(() -> assertThat(as("actions", csm).queryParam("limit", 500)
                .get("/api/v1/notifications").then().statusCode(200).extract().jsonPath().getList("items.title", String.class)).contains(expected));
        await().atMost(WAIT).untilAsserted(() -> assertThat(as("playbook-runtime", admin)
                .get("/api/v1/playbooks/" + playbook + "/executions").then().statusCode(200).extract().jsonPath()
                .getString("items[0].steps[0].status")).isEqualTo("SUCCEEDED"));
    }

    /**
     * Usage sent as the customer's product would: one {@code login} event per day (standing for {@code perDay} uses)
     * through the tracking service's REST ingest with the tenant's integration token; the tracking service rolls the
     * days up and publishes {@code tracking.day.rolled-up}, which the health score reads. Sent again until the tracking
     * service knows the customer (its directory learns it from the customers' events).
     */
    private static void usage(String externalId, LocalDate today, int fromDaysAgo, int toDaysAgo, int perDay,
                              String batch) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int ago = fromDaysAgo; ago >= toDaysAgo; ago--) {
            events.add(Map.of("eventId", externalId + "-" + batch + "-" + ago, "customerExternalId", externalId,
                    "userId", "ana", "event", "login", "quantity", perDay,
                    "occurredAt", today.minusDays(ago).atTime(12, 0).atZone(TENANT_ZONE).toInstant().toString()));
        }
        String integration = platform.stack.clientToken("acme-integration", "acme-integration-secret");
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath answer = as("tracking", integration).body(Map.of("events", events)).post("/api/v1/tracking/events")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(answer.getInt("accepted") + answer.getInt("duplicates")).isEqualTo(events.size());
        });
    }

    private static JsonPath awaitScore(String customerId, String band) {
        await().atMost(WAIT).until(() -> {
            var response = as("health-score", csm).get("/api/v1/customers/" + customerId + "/health-score");
            return response.statusCode() == 200 && response.jsonPath().getBoolean("stored")
                    && band.equals(response.jsonPath().getString("band"));
        });
        return as("health-score", csm).get("/api/v1/customers/" + customerId + "/health-score").then().statusCode(200)
                .extract().jsonPath();
    }

    private static RequestSpecification as(String service, String token) {
        return given().baseUri(platform.url(service)).auth().oauth2(token).contentType(ContentType.JSON);
    }
}
