package io.csplatform.finance.access;

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

/** Charges, payments and sales with an Idempotency-Key: a retry gets the first answer and changes nothing. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "finance"))
class IdempotencyKeyTest {

    private static final TestPlatform PLATFORM = new TestPlatform(Topic.FINANCE_EVENTS, "finance");

    @Test
    void aRetriedChargePaymentAndSaleAnswerTheFirstAnswer() {
        UUID customerId = PLATFORM.customer("acme", null);
        String chargeId = IdempotencyChecks.replayedOnce(() -> asIntegration("acme"), IdempotencyChecks.key(),
                "/api/v1/charges", charge(customerId, "99.90"), charge(customerId, "10.00"), 201).path("id");
        as("acme-csm").get("/api/v1/customers/" + customerId + "/finance").then().statusCode(200)
                .body("openCharges", equalTo(1));

        // paying twice is a 409 without a key; with one, the retry is the first answer
        IdempotencyChecks.replayedOnce(() -> asIntegration("acme"), IdempotencyChecks.key(),
                "/api/v1/charges/" + chargeId + "/payment", Map.of("paidDate", "2030-01-09"),
                Map.of("paidDate", "2030-01-08"), 200);

        IdempotencyChecks.replayedOnce(() -> asIntegration("acme"), IdempotencyChecks.key(), "/api/v1/sales",
                Map.of("customerId", customerId, "product", "Consulting", "amount", new BigDecimal("10.00"),
                        "currency", "BRL", "soldOn", "2030-01-02"),
                Map.of("customerId", customerId, "product", "Training", "amount", new BigDecimal("10.00"),
                        "currency", "BRL", "soldOn", "2030-01-02"), 201);
    }

    private static Map<String, Object> charge(UUID customerId, String amount) {
        return Map.of("customerId", customerId, "amount", new BigDecimal(amount), "currency", "BRL",
                "dueDate", "2030-01-10");
    }
}
