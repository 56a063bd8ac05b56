package io.csplatform.finance;

import io.csplatform.events.FinanceMessages;
import io.csplatform.events.Topic;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static io.csplatform.testing.TestPlatform.asIntegration;
import static io.csplatform.testing.TestPlatform.deadLettered;
import static io.csplatform.testing.TestPlatform.erp;
import static io.csplatform.testing.TestPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "finance"))
class ErpIngestTest {

    private static final TestPlatform PLATFORM = new TestPlatform(Topic.FINANCE_EVENTS, "finance");

    @Test
    void bulkChargesPaymentsAndSalesApplyOnceAndAReplayedIdempotencyKeyChangesNothing() {
        String customer = "erp-" + UUID.randomUUID();
        UUID customerId = PLATFORM.customer("acme", customer);
        String key = UUID.randomUUID().toString();
        Map<String, Object> charges = Map.of("items", List.of(charge(customer, "inv-1-" + customer, 1, "open"),
                charge(customer, "inv-2-" + customer, 1, "open")));

        String first = asIntegration("acme").header("Idempotency-Key", key).body(charges).post("/api/v1/erp/charges")
                .then().statusCode(200).body("created", equalTo(2)).extract().asString();
        String replay = asIntegration("acme").header("Idempotency-Key", key).body(charges).post("/api/v1/erp/charges")
                .then().statusCode(200).header("Idempotent-Replayed", "true").extract().asString();
        asIntegration("acme").body(Map.of("items", List.of(payment(customer, "inv-1-" + customer), payment(customer, "inv-1-" + customer),
                        payment(customer, "inv-9-" + customer)))).post("/api/v1/erp/payments")
                .then().statusCode(200).body("updated", equalTo(1)).body("unchanged", equalTo(1))
                .body("items[2].reason", containsString("unknown charge"));
        asIntegration("acme").body(Map.of("items", List.of(sale(customer, "s-1-" + customer, "30.00"),
                        sale(customer, "s-1-" + customer, "30.00"), sale(customer, "s-2-" + customer, "12.50"))))
                .post("/api/v1/erp/sales").then().statusCode(200).body("created", equalTo(2)).body("unchanged", equalTo(1));

        assertThat(replay).isEqualTo(first);
        assertThat(PLATFORM.events("acme", customerId, FinanceMessages.CHARGE_UPSERTED, 3)
                .stream().map(TestPlatform::json))
                .extracting(m -> m.get("change") + ":" + m.get("status"))
                .containsExactly("CREATED:open", "CREATED:open", "CHANGED:paid");
        assertThat(json(PLATFORM.events("acme", customerId, FinanceMessages.SALE_RECORDED, 2).get(1)))
                .containsEntry("monthTotal", 42.5).containsEntry("yearSales", 2.0);
        as("acme-csm").get("/api/v1/customers/" + customerId + "/finance").then().body("openCharges", equalTo(1));
        as("acme-csm").body(Map.of("items", List.of(sale(customer, "s-3", "1.00")))).post("/api/v1/erp/sales")
                .then().statusCode(403);
    }

    @Test
    void kafkaIngestDeadLettersOlderVersionsUnknownChargesUnknownCustomersAndBadSchemasWhileLaterValidMessagesPass() {
        String customer = "erp-" + UUID.randomUUID();
        UUID customerId = PLATFORM.customer("acme", customer);
        String invoice = "inv-" + customer;
        erp("acme", "erp.charge", customer, charge(customer, invoice, 2, "open"));
        var older = erp("acme", "erp.charge", customer, charge(customer, invoice, 1, "cancelled"));
        var unknownCharge = erp("acme", "erp.payment", customer, payment(customer, "nope-" + customer));
        var unknownCustomer = erp("acme", "erp.sale", "ghost-" + customer, sale("ghost-" + customer, "g-" + customer, "1.00"));
        var badSchema = erp("acme", "erp.sale", customer, Map.of("customerExternalId", customer, "amount", -1));
        erp("acme", "erp.payment", customer, payment(customer, invoice));
        erp("acme", "erp.sale", customer, sale(customer, "s-" + customer, "99.00"));

        assertThat(deadLettered(older).header("dead-letter-reason")).contains("out of order");
        assertThat(deadLettered(unknownCharge).header("dead-letter-reason")).contains("unknown charge");
        assertThat(deadLettered(unknownCustomer).header("dead-letter-reason")).contains("unknown customer");
        assertThat(deadLettered(badSchema).header("dead-letter-reason")).contains("erp.sale.v1.json");
        assertThat(PLATFORM.events("acme", customerId, FinanceMessages.CHARGE_UPSERTED, 2)
                .stream().map(TestPlatform::json))
                .extracting(m -> m.get("status")).containsExactly("open", "paid");
        assertThat(json(PLATFORM.events("acme", customerId, FinanceMessages.SALE_RECORDED, 1).get(0)))
                .containsEntry("amount", 99.0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("acme-csm")
                .get("/api/v1/customers/" + customerId + "/finance").then().body("openCharges", equalTo(0)));
    }

    static Map<String, Object> charge(String customer, String externalId, long version, String status) {
        return Map.of("customerExternalId", customer, "externalId", externalId, "version", version,
                "amount", new BigDecimal("250.00"), "currency", "BRL", "dueDate", "2030-02-10", "status", status);
    }

    static Map<String, Object> payment(String customer, String charge) {
        return Map.of("customerExternalId", customer, "chargeExternalId", charge, "externalId", "pay-" + charge,
                "version", 1, "amount", new BigDecimal("250.00"), "paidDate", "2030-02-09");
    }

    static Map<String, Object> sale(String customer, String externalId, String amount) {
        return Map.of("customerExternalId", customer, "externalId", externalId, "version", 1, "product", "Training",
                "amount", new BigDecimal(amount), "currency", "BRL", "soldOn", "2026-05-05");
    }
}
