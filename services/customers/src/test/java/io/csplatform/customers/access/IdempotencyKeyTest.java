package io.csplatform.customers.access;

import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.IdempotencyChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.csplatform.customers.Api.GLOBEX_ADMIN;
import static io.csplatform.customers.Api.as;
import static io.csplatform.testing.TestPlatform.asIntegration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Creating customers and contacts with an Idempotency-Key: a retry gets the first answer and creates nothing more. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class IdempotencyKeyTest {

    @Test
    void aRetriedCustomerCreateAnswersTheFirstAnswerAndTheKeyIsPerTenant() {
        String key = IdempotencyChecks.key();
        String externalId = "erp-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("name", "Idempotent " + externalId, "externalId", externalId);
        String id = IdempotencyChecks.replayedOnce(() -> asIntegration("acme"), key, "/api/v1/customers", body,
                Map.of("name", "Another"), 201).path("id");

        asIntegration("acme").get("/api/v1/customers/" + id).then().statusCode(200).body("externalId", equalTo(externalId));
        // keys are the tenant's: globex's same key is a request of its own
        String globex = as(GLOBEX_ADMIN).header(IdempotencyChecks.HEADER, key).body(body).post("/api/v1/customers")
                .then().statusCode(201).extract().path("id");
        assertThat(globex).isNotEqualTo(id);
        // a failed create stores nothing: the same key may be used again once the body is right
        String failedKey = IdempotencyChecks.key();
        asIntegration("acme").header(IdempotencyChecks.HEADER, failedKey).body(Map.of("name", ""))
                .post("/api/v1/customers").then().statusCode(400);
        asIntegration("acme").header(IdempotencyChecks.HEADER, failedKey).body(Map.of("name", "Fixed " + externalId))
                .post("/api/v1/customers").then().statusCode(201);
        asIntegration("acme").header(IdempotencyChecks.HEADER, "k".repeat(201)).body(body).post("/api/v1/customers")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aRetriedContactCreateAnswersTheFirstAnswer() {
        String customer = asIntegration("acme").body(Map.of("name", "With contacts")).post("/api/v1/customers")
                .then().statusCode(201).extract().path("id");
        String path = "/api/v1/customers/" + customer + "/contacts";
        IdempotencyChecks.replayedOnce(() -> asIntegration("acme"), IdempotencyChecks.key(), path, Map.of("name", "Ana"),
                Map.of("name", "Bia"), 201);
        asIntegration("acme").get(path).then().statusCode(200).body("items.size()", equalTo(1));
    }
}
