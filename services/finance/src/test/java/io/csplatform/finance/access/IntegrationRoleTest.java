package io.csplatform.finance.access;

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

/** The ERP's service account registers charges, payments and sales; cancelling a charge is a person's call (403). */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "finance"))
class IntegrationRoleTest {

    private static final TestPlatform PLATFORM = new TestPlatform(Topic.FINANCE_EVENTS, "finance");

    @Test
    void theIntegrationRegistersChargesPaymentsAndSalesButCannotCancelACharge() {
        UUID customerId = PLATFORM.customer("acme", null);
        String paid = charge(customerId);
        String open = charge(customerId);
        asIntegration("acme").body(Map.of("paidDate", "2030-01-09")).post("/api/v1/charges/" + paid + "/payment")
                .then().statusCode(200).body("status", equalTo("paid"));
        asIntegration("acme").body(Map.of("customerId", customerId, "product", "Consulting",
                "amount", new BigDecimal("10.00"), "currency", "BRL", "soldOn", "2030-01-02")).post("/api/v1/sales")
                .then().statusCode(201);

        asIntegration("acme").post("/api/v1/charges/" + open + "/cancellation").then().statusCode(403);
        asIntegration("acme").get("/api/v1/customers/" + customerId + "/finance").then().statusCode(403);

        as("acme-csm").get("/api/v1/charges/" + open).then().statusCode(200).body("status", equalTo("open"));
    }

    private static String charge(UUID customerId) {
        return asIntegration("acme").body(Map.of("customerId", customerId, "amount", new BigDecimal("99.90"),
                        "currency", "BRL", "dueDate", "2030-01-10"))
                .post("/api/v1/charges").then().statusCode(201).extract().path("id");
    }
}
