package io.csplatform.contracts.access;

import io.csplatform.events.Topic;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static io.csplatform.testing.TestPlatform.asIntegration;
import static org.hamcrest.Matchers.equalTo;

/** The ERP's service account registers contracts and amendments; cancelling a contract is a person's call (403). */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "contracts"))
class IntegrationRoleTest {

    private static final TestPlatform PLATFORM = new TestPlatform(Topic.CONTRACTS_EVENTS, "mrr");

    @Test
    void theIntegrationRegistersAndAmendsContractsButCannotCancelThem() {
        UUID customerId = PLATFORM.customer("acme", null);
        String contractId = asIntegration("acme").body(Map.of("customerId", customerId, "mrr", new BigDecimal("100.00"),
                        "currency", "BRL", "startDate", "2026-01-01", "endDate", "2026-12-31"))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        asIntegration("acme").body(Map.of("kind", "UPSELL", "mrr", new BigDecimal("150.00"), "effectiveDate", "2026-06-01"))
                .post("/api/v1/contracts/" + contractId + "/amendments").then().statusCode(201);
        asIntegration("acme").get("/api/v1/contracts/" + contractId).then().statusCode(200);

        asIntegration("acme").body(Map.of("reason", "the ERP says so", "date", "2026-07-01"))
                .post("/api/v1/contracts/" + contractId + "/cancellation").then().statusCode(403);
        asIntegration("acme").get("/api/v1/customers/" + customerId + "/mrr").then().statusCode(403);

        as("acme-csm").get("/api/v1/contracts/" + contractId).then().statusCode(200).body("status", equalTo("active"));
        as("acme-csm").body(Map.of("reason", "moved to a competitor", "date", "2026-07-01"))
                .post("/api/v1/contracts/" + contractId + "/cancellation").then().statusCode(200);
    }
}
