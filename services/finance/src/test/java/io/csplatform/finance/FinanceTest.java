package io.csplatform.finance;

import io.csplatform.events.FinanceMessages;
import io.csplatform.events.Topic;
import io.csplatform.finance.charge.OverdueSweep;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static io.csplatform.testing.TestPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "finance"))
class FinanceTest {

    private static final TestPlatform PLATFORM = new TestPlatform(Topic.FINANCE_EVENTS, "finance");

    @Inject
    OverdueSweep sweep;

    @Test
    void aChargeIsPublishedWhenCreatedAndWhenPaidAndAPaidChargeCannotBePaidAgain() {
        UUID customerId = PLATFORM.customer("acme", null);
        String chargeId = charge("acme", customerId, "2030-01-10", Map.of("externalId", "inv-" + customerId))
                .then().statusCode(201).header("Location", notNullValue()).body("status", equalTo("open"))
                .extract().path("id");

        as("acme-csm").body(Map.of("paidDate", "2030-01-09")).post("/api/v1/charges/" + chargeId + "/payment")
                .then().statusCode(200).body("status", equalTo("paid"));
        as("acme-csm").body(Map.of("paidDate", "2030-01-09")).post("/api/v1/charges/" + chargeId + "/payment")
                .then().statusCode(409).contentType("application/problem+json");

        List<Map<String, Object>> upserts = PLATFORM.events("acme", customerId, FinanceMessages.CHARGE_UPSERTED, 2)
                .stream().map(TestPlatform::json).toList();
        assertThat(upserts).extracting(u -> u.get("change")).containsExactly("CREATED", "CHANGED");
        assertThat(upserts.get(1)).containsEntry("previousStatus", "open").containsEntry("status", "paid")
                .containsEntry("paidDate", "2030-01-09");
    }

    @Test
    void theDailySweepMarksOpenChargesPastDueAsOverdueAndPublishesChargeOverdueOncePerCharge() throws Throwable {
        UUID customerId = PLATFORM.customer("acme", null);
        String late = charge("acme", customerId, "2019-06-01", Map.of()).then().statusCode(201).extract().path("id");
        String notYet = charge("acme", customerId, "2019-06-02", Map.of()).then().statusCode(201).extract().path("id");

        int first = VertxContextSupport.subscribeAndAwait(() -> sweep.sweep(LocalDate.of(2019, 6, 2)));
        int second = VertxContextSupport.subscribeAndAwait(() -> sweep.sweep(LocalDate.of(2019, 6, 2)));

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        as("acme-csm").get("/api/v1/charges/" + late).then().body("status", equalTo("overdue"));
        as("acme-csm").get("/api/v1/charges/" + notYet).then().body("status", equalTo("open"));
        assertThat(json(PLATFORM.events("acme", customerId, FinanceMessages.CHARGE_OVERDUE, 1).get(0)))
                .containsEntry("chargeId", late).containsEntry("dueDate", "2019-06-01").containsEntry("overdueCharges", 1.0);
        as("acme-csm").get("/api/v1/customers/" + customerId + "/finance").then()
                .body("openCharges", equalTo(1)).body("overdueCharges", equalTo(1)).body("overdueAmount", equalTo(99.9f));
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            assertThat(kafka.readAll(Topic.FINANCE_EVENTS.name())).filteredOn(m -> Topic.key("acme", customerId).equals(m.key())
                    && "charge.overdue".equals(m.header("ce_type"))).hasSize(1);
        }
    }

    @Test
    void aSaleIsPublishedWithTheCustomersMonthAndYearTotals() {
        UUID customerId = PLATFORM.customer("acme", null);
        sale(customerId, "100.00", "2026-03-05").then().statusCode(201);
        sale(customerId, "50.50", "2026-03-20").then().statusCode(201);
        sale(customerId, "10.00", "2026-04-01").then().statusCode(201);
        // another currency: its totals are its own, never summed with the BRL sales (money has a currency)
        sale(customerId, "7.00", "2026-04-02", "USD").then().statusCode(201);

        List<Map<String, Object>> sales = PLATFORM.events("acme", customerId, FinanceMessages.SALE_RECORDED, 4)
                .stream().map(TestPlatform::json).toList();
        assertThat(sales.get(1)).containsEntry("monthTotal", 150.5).containsEntry("monthSales", 2.0)
                .containsEntry("yearTotal", 150.5);
        assertThat(sales.get(2)).containsEntry("monthTotal", 10.0).containsEntry("monthSales", 1.0)
                .containsEntry("yearTotal", 160.5).containsEntry("yearSales", 3.0);
        assertThat(sales.get(3)).containsEntry("currency", "USD").containsEntry("monthTotal", 7.0)
                .containsEntry("monthSales", 1.0).containsEntry("yearTotal", 7.0).containsEntry("yearSales", 1.0);
    }

    @Test
    void unknownCustomerIsABadRequestDuplicateExternalIdAConflictAndAnotherTenantsChargeNotFound() {
        charge("acme", UUID.randomUUID(), "2030-01-10", Map.of()).then().statusCode(400)
                .body("errors.field", equalTo(List.of("customerId")));
        UUID customerId = PLATFORM.customer("acme", null);
        String chargeId = charge("acme", customerId, "2030-01-10", Map.of("externalId", "dup-" + customerId))
                .then().statusCode(201).extract().path("id");
        charge("acme", customerId, "2030-01-10", Map.of("externalId", "dup-" + customerId)).then().statusCode(409);

        as("globex-csm").get("/api/v1/charges/" + chargeId).then().statusCode(404).contentType("application/problem+json");
        as("globex-csm").post("/api/v1/charges/" + chargeId + "/cancellation").then().statusCode(404);
        as("globex-csm").get("/api/v1/customers/" + customerId + "/finance").then().statusCode(404);
        as("acme-csm").post("/api/v1/charges/" + chargeId + "/cancellation").then().statusCode(200)
                .body("status", equalTo("cancelled"));
    }

    private static io.restassured.response.Response charge(String tenant, UUID customerId, String dueDate,
                                                           Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("customerId", customerId);
        body.put("amount", new BigDecimal("99.90"));
        body.put("currency", "BRL");
        body.put("dueDate", dueDate);
        return as(tenant + "-csm").body(body).post("/api/v1/charges");
    }

    private static io.restassured.response.Response sale(UUID customerId, String amount, String soldOn) {
        return sale(customerId, amount, soldOn, "BRL");
    }

    private static io.restassured.response.Response sale(UUID customerId, String amount, String soldOn, String currency) {
        return as("acme-csm").body(Map.of("customerId", customerId, "product", "Consulting",
                "amount", new BigDecimal(amount), "currency", currency, "soldOn", soldOn)).post("/api/v1/sales");
    }
}
