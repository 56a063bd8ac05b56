package io.csplatform.contracts.customer;

import io.csplatform.events.ContractMessages;
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
import static io.csplatform.testing.TestPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A customer's MRR is one sum in one currency: the view and the event carry it, and no sum crosses currencies. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "contracts"))
class MrrCurrencyTest {

    private static final TestPlatform PLATFORM = new TestPlatform(Topic.CONTRACTS_EVENTS, "mrr");

    @Test
    void theMrrCarriesItsCurrencyAndAContractInAnotherCurrencyIsNotSummedWithIt() {
        UUID customerId = PLATFORM.customer("acme", null);
        as("acme-csm").get("/api/v1/customers/" + customerId + "/mrr").then().statusCode(200)
                .body("mrr", equalTo(0)).body("currency", nullValue());

        register(customerId, "100.00", "BRL").then().statusCode(201);
        register(customerId, "50.00", "USD").then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("BRL"));

        as("acme-csm").get("/api/v1/customers/" + customerId + "/mrr").then().statusCode(200)
                .body("mrr", equalTo(100.0f)).body("arr", equalTo(1200.0f)).body("currency", equalTo("BRL"));
        assertThat(json(PLATFORM.events("acme", customerId, ContractMessages.CUSTOMER_MRR_CHANGED, 1).get(0)))
                .containsEntry("mrr", 100.0).containsEntry("currency", "BRL");
        register(customerId, "20.00", "BRL").then().statusCode(201);
        as("acme-csm").get("/api/v1/customers/" + customerId + "/mrr").then().body("mrr", equalTo(120.0f));
    }

    private static io.restassured.response.Response register(UUID customerId, String mrr, String currency) {
        return as("acme-csm").body(Map.of("customerId", customerId, "mrr", new BigDecimal(mrr), "currency", currency,
                "startDate", "2026-01-01", "endDate", "2026-12-31")).post("/api/v1/contracts");
    }
}
