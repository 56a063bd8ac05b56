package io.csplatform.contracts.access;

import io.csplatform.events.Topic;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.IdempotencyChecks;
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

/** Registering contracts and amendments with an Idempotency-Key: a retry gets the first answer, nothing more happens. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "contracts"))
class IdempotencyKeyTest {

    private static final TestPlatform PLATFORM = new TestPlatform(Topic.CONTRACTS_EVENTS, "mrr");

    @Test
    void aRetriedContractAndAmendmentAnswerTheFirstAnswer() {
        UUID customerId = PLATFORM.customer("acme", null);
        Map<String, Object> contract = Map.of("customerId", customerId, "mrr", new BigDecimal("100.00"),
                "currency", "BRL", "startDate", "2026-01-01", "endDate", "2026-12-31");
        String contractId = IdempotencyChecks.replayedOnce(() -> asIntegration("acme"), IdempotencyChecks.key(),
                "/api/v1/contracts", contract, Map.of("customerId", customerId, "mrr", new BigDecimal("200.00"),
                        "currency", "BRL", "startDate", "2026-01-01", "endDate", "2026-12-31"), 201).path("id");

        String amendments = "/api/v1/contracts/" + contractId + "/amendments";
        IdempotencyChecks.replayedOnce(() -> asIntegration("acme"), IdempotencyChecks.key(), amendments,
                Map.of("kind", "UPSELL", "mrr", new BigDecimal("150.00"), "effectiveDate", "2026-06-01"),
                Map.of("kind", "UPSELL", "mrr", new BigDecimal("160.00"), "effectiveDate", "2026-06-01"), 201);
        as("acme-csm").get(amendments).then().statusCode(200).body("items.size()", equalTo(1));
        as("acme-csm").get("/api/v1/customers/" + customerId + "/mrr").then().statusCode(200)
                .body("mrr", equalTo(150.0f));
    }
}
