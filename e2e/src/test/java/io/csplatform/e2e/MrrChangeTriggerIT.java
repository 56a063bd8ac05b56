package io.csplatform.e2e;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.IngestMessages;
import io.csplatform.events.Topic;
import io.csplatform.testing.KafkaProbe;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The MRR rule of seed 001 end to end: a playbook on {@code contract.mrr.changed} in mode UPSELL never fires for an
 * ADJUSTMENT ("reajuste", the ERP's type_additive = 1), whether the amendment came through the REST API or the
 * ERP's Kafka ingest; a playbook in mode ANY fires for every change.
 */
class MrrChangeTriggerIT {

    private static Platform platform;
    private static String admin;

    @BeforeAll
    static void start() {
        platform = Platform.get();
        admin = platform.stack.token("acme-admin", "acme-admin");
    }

    @Test
    void anUpsellPlaybookIgnoresAdjustmentsFromTheApiAndFromTheErpWhileAnAnyPlaybookSeesThemAll() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String customerExternalId = "erp-" + suffix;
        String customerId = as("customers").body(Map.of("name", "Globo " + suffix, "externalId", customerExternalId))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        String upsell = activePlaybook("Upsell follow-up " + suffix, "UPSELL");
        String any = activePlaybook("MRR review " + suffix, "ANY");
        await().atMost(Duration.ofSeconds(60)).until(() -> as("contracts")
                .get("/api/v1/customers/" + customerId + "/mrr").statusCode() == 200);
        String contractExternalId = "ct-" + suffix;
        String contractId = as("contracts").body(Map.of("customerId", customerId, "externalId", contractExternalId,
                        "mrr", 1000, "currency", "BRL", "startDate", "2026-01-01", "endDate", "2026-12-31"))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");

        amend(contractId, "ADJUSTMENT", "1050.00");
        erpAmendment(customerExternalId, contractExternalId, "am-" + suffix, "ADJUSTMENT", "1100.00");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> executions(any).body("items.size()", equalTo(2)));
        amend(contractId, "UPSELL", "1500.00");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> executions(any).body("items.size()", equalTo(3)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> executions(upsell).body("items.size()", equalTo(1))
                .body("items[0].status", equalTo("COMPLETED")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("journeys")
                .get("/api/v1/customers/" + customerId + "/tasks").then().statusCode(200)
                .body("items.findAll { it.title.startsWith('Upsell') }.size()", equalTo(1))
                .body("items.findAll { it.title.startsWith('MRR review') }.size()", equalTo(3)));
        as("contracts").get("/api/v1/customers/" + customerId + "/mrr").then().body("mrr", equalTo(1500.0f));
    }

    private static String activePlaybook(String title, String mode) {
        String id = as("playbook-runtime").body(Map.of("name", title,
                        "trigger", Map.of("type", "contract.mrr.changed", "params", Map.of("mode", mode)),
                        "actions", List.of(Map.of("type", "journey.task.create",
                                "params", Map.of("title", title, "dueInDays", 3, "skipWeekends", false)))))
                .post("/api/v1/playbooks").then().statusCode(201).extract().path("id");
        as("playbook-runtime").post("/api/v1/playbooks/" + id + "/activate").then().statusCode(200);
        return id;
    }

    private static void amend(String contractId, String kind, String mrr) {
        as("contracts").body(Map.of("kind", kind, "mrr", new BigDecimal(mrr), "effectiveDate", "2026-06-01"))
                .post("/api/v1/contracts/" + contractId + "/amendments").then().statusCode(201);
    }

    private static void erpAmendment(String customer, String contract, String externalId, String kind, String mrr) {
        var payload = Map.of("customerExternalId", customer, "contractExternalId", contract, "externalId", externalId,
                "version", 1, "kind", kind, "mrr", new BigDecimal(mrr), "effectiveDate", "2026-07-01");
        var headers = EventHeaders.origin("/erp/acme", IngestMessages.ERP_AMENDMENT, "acme", customer, Instant.now());
        try (KafkaProbe kafka = KafkaProbe.asIntegration(platform.stack, "acme")) {
            kafka.publish(Topic.INGEST_ERP.forTenant("acme"), customer, EventJson.write(payload), headers.toMap());
        }
    }

    private static io.restassured.response.ValidatableResponse executions(String playbookId) {
        return as("playbook-runtime").get("/api/v1/playbooks/" + playbookId + "/executions").then().statusCode(200);
    }

    private static RequestSpecification as(String service) {
        return given().baseUri(platform.url(service)).auth().oauth2(admin).contentType(ContentType.JSON);
    }
}
