package io.csplatform.contracts;

import io.csplatform.contracts.amendment.ScheduledAmendmentSweep;
import io.csplatform.contracts.expiry.ContractExpirySweep;
import io.csplatform.events.ContractMessages;
import io.csplatform.events.Topic;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static io.csplatform.testing.TestPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "contracts"))
class ContractLifecycleTest {

    private static final TestPlatform PLATFORM = new TestPlatform(Topic.CONTRACTS_EVENTS, "mrr");

    @Inject
    ContractExpirySweep sweep;
    @Inject
    ScheduledAmendmentSweep scheduled;

    @Test
    void aContractPublishesContractCreatedAndTheCustomersNewMrrAndArr() {
        UUID customerId = PLATFORM.customer("acme", null);

        String contractId = register("acme", customerId, "1000.00", "2026-01-01", "2026-12-31", Map.of(
                "plan", "Pro", "products", List.of("crm", "erp"), "users", 8, "autoRenew", true))
                .then().statusCode(201).header("Location", notNullValue())
                .body("valuePerUser", equalTo(125.00f)).body("status", equalTo("active"))
                .extract().path("id");

        Map<String, Object> created =
                json(PLATFORM.events("acme", customerId, ContractMessages.CONTRACT_CREATED, 1).get(0));
        assertThat(created).containsEntry("contractId", contractId).containsEntry("plan", "Pro")
                .containsEntry("products", List.of("crm", "erp")).containsEntry("users", 8.0);
        KafkaMessage mrr = PLATFORM.events("acme", customerId, ContractMessages.CUSTOMER_MRR_CHANGED, 1).get(0);
        assertThat(json(mrr)).containsEntry("previousMrr", 0.0).containsEntry("mrr", 1000.0).containsEntry("arr", 12000.0);
        as("acme-csm").get("/api/v1/customers/" + customerId + "/mrr").then().statusCode(200)
                .body("mrr", equalTo(1000.0f)).body("arr", equalTo(12000.0f));
    }

    @Test
    void amendmentsPublishOldNewDeltaAndKindAndTheCustomersMrrFollows() {
        UUID customerId = PLATFORM.customer("acme", null);
        String contractId = register("acme", customerId, "1000.00", "2026-01-01", "2026-12-31", Map.of())
                .then().statusCode(201).extract().path("id");

        amend(contractId, "UPSELL", "1500.00").then().statusCode(201).body("delta", equalTo(500.0f));
        amend(contractId, "ADJUSTMENT", "1560.00").then().statusCode(201).body("previousMrr", equalTo(1500.0f));
        amend(contractId, "DOWNSELL", "1200.00").then().statusCode(201);

        List<Map<String, Object>> changes =
                PLATFORM.events("acme", customerId, ContractMessages.CONTRACT_MRR_CHANGED, 3)
                .stream().map(TestPlatform::json).toList();
        assertThat(changes).extracting(c -> c.get("kind")).containsExactly("UPSELL", "ADJUSTMENT", "DOWNSELL");
        assertThat(changes).extracting(c -> c.get("delta")).containsExactly(500.0, 60.0, -360.0);
        assertThat(changes.get(1)).containsEntry("previousMrr", 1500.0).containsEntry("mrr", 1560.0);
        List<Map<String, Object>> mrr = PLATFORM.events("acme", customerId, ContractMessages.CUSTOMER_MRR_CHANGED, 4)
                .stream().map(TestPlatform::json).toList();
        assertThat(mrr).extracting(m -> m.get("mrr")).containsExactly(1000.0, 1500.0, 1560.0, 1200.0);
        assertThat(mrr.get(3)).containsEntry("previousMrr", 1560.0).containsEntry("arr", 14400.0);
    }

    @Test
    void anUpsellThatLowersTheMrrIsABadRequestAndChangesNothing() {
        UUID customerId = PLATFORM.customer("acme", null);
        String contractId = register("acme", customerId, "1000.00", "2026-01-01", null, Map.of())
                .then().statusCode(201).extract().path("id");

        amend(contractId, "UPSELL", "900.00").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("mrr")));
        amend(contractId, "DOWNSELL", "1000.00").then().statusCode(400);
        as("acme-csm").get("/api/v1/contracts/" + contractId).then().body("mrr", equalTo(1000.0f));
    }

    @Test
    void renewalAndCancellationArePublishedAndCancellingDropsTheCustomersMrr() {
        UUID customerId = PLATFORM.customer("acme", null);
        String contractId = register("acme", customerId, "700.00", "2026-01-01", "2026-12-31", Map.of())
                .then().statusCode(201).extract().path("id");

        as("acme-csm").body(Map.of("endDate", "2027-12-31")).post("/api/v1/contracts/" + contractId + "/renewals")
                .then().statusCode(200).body("startDate", equalTo("2027-01-01")).body("endDate", equalTo("2027-12-31"));
        as("acme-csm").body(Map.of("endDate", "2027-06-30")).post("/api/v1/contracts/" + contractId + "/renewals")
                .then().statusCode(400).body("errors.field", equalTo(List.of("endDate")));
        as("acme-csm").body(Map.of("reason", "moved to a competitor", "date", "2027-03-31"))
                .post("/api/v1/contracts/" + contractId + "/cancellation")
                .then().statusCode(200).body("status", equalTo("cancelled"));
        as("acme-csm").body(Map.of("reason", "again", "date", "2027-03-31"))
                .post("/api/v1/contracts/" + contractId + "/cancellation").then().statusCode(409);

        assertThat(json(PLATFORM.events("acme", customerId, ContractMessages.CONTRACT_RENEWED, 1).get(0)))
                .containsEntry("previousEndDate", "2026-12-31").containsEntry("automatic", false);
        assertThat(json(PLATFORM.events("acme", customerId, ContractMessages.CONTRACT_CANCELLED, 1).get(0)))
                .containsEntry("reason", "moved to a competitor").containsEntry("cancelledOn", "2027-03-31");
        assertThat(PLATFORM.events("acme", customerId, ContractMessages.CUSTOMER_MRR_CHANGED, 2)
                .stream().map(TestPlatform::json))
                .extracting(m -> m.get("mrr")).containsExactly(700.0, 0.0);
    }

    @Test
    void aContractEndsByItsTenantsDayInTheTenantsTimeZoneNotByUtcs() throws Throwable {
        zone("acme", "America/Sao_Paulo");
        zone("globex", "Asia/Tokyo");
        String saoPaulo = register("acme", PLATFORM.customer("acme", null), "100.00", "2000-03-10", "2001-03-09", Map.of())
                .then().statusCode(201).extract().path("id");
        String tokyo = register("globex", PLATFORM.customer("globex", null), "100.00", "2000-03-10", "2001-03-09",
                Map.of()).then().statusCode(201).extract().path("id");

        // 2001-03-10 01:00 UTC: still the 9th (22:00) in São Paulo, already the 10th (10:00) in Tokyo
        VertxContextSupport.subscribeAndAwait(() -> sweep.runAt(java.time.Instant.parse("2001-03-10T01:00:00Z")));
        as("acme-csm").get("/api/v1/contracts/" + saoPaulo).then().body("status", equalTo("active"));
        as("globex-csm").get("/api/v1/contracts/" + tokyo).then().body("status", equalTo("expired"));

        // 04:00 UTC: 01:00 of the 10th in São Paulo
        VertxContextSupport.subscribeAndAwait(() -> sweep.runAt(java.time.Instant.parse("2001-03-10T04:00:00Z")));
        as("acme-csm").get("/api/v1/contracts/" + saoPaulo).then().body("status", equalTo("expired"));
    }

    /** The service's copy of the tenant's time zone, as tenant.settings.changed would leave it. */
    private static void zone(String tenant, String zone) throws java.sql.SQLException {
        try (var connection = java.sql.DriverManager.getConnection(TestPlatform.stack().jdbcUrl("contracts"),
                TestPlatform.stack().postgresUser(), TestPlatform.stack().postgresPassword());
             var statement = connection.prepareStatement("""
                     insert into tenant_settings (tenant_id, time_zone, version, updated_at) values (?, ?, 0, now())
                     on conflict (tenant_id) do update set time_zone = excluded.time_zone""")) {
            statement.setString(1, tenant);
            statement.setString(2, zone);
            statement.executeUpdate();
        }
    }

    @Test
    void theDailySweepExpiresEndedContractsAndRenewsAutoRenewingOnesForAnotherTerm() throws Throwable {
        UUID customerId = PLATFORM.customer("acme", null);
        String ending = register("acme", customerId, "300.00", "2019-01-01", "2019-12-31", Map.of())
                .then().statusCode(201).extract().path("id");
        String renewing = register("acme", customerId, "200.00", "2019-01-01", "2019-12-31", Map.of("autoRenew", true))
                .then().statusCode(201).extract().path("id");

        int ended = VertxContextSupport.subscribeAndAwait(() -> sweep.sweep(LocalDate.of(2020, 1, 1)));
        int again = VertxContextSupport.subscribeAndAwait(() -> sweep.sweep(LocalDate.of(2020, 1, 1)));

        assertThat(ended).isGreaterThanOrEqualTo(2);
        assertThat(again).isZero();
        as("acme-csm").get("/api/v1/contracts/" + ending).then().body("status", equalTo("expired"));
        as("acme-csm").get("/api/v1/contracts/" + renewing).then().body("status", equalTo("active"))
                .body("startDate", equalTo("2020-01-01")).body("endDate", equalTo("2020-12-30"));
        assertThat(json(PLATFORM.events("acme", customerId, ContractMessages.CONTRACT_EXPIRED, 1).get(0)))
                .containsEntry("contractId", ending);
        assertThat(json(PLATFORM.events("acme", customerId, ContractMessages.CONTRACT_RENEWED, 1).get(0)))
                .containsEntry("contractId", renewing).containsEntry("automatic", true);
        as("acme-csm").get("/api/v1/customers/" + customerId + "/mrr").then().body("mrr", equalTo(200.0f));
    }

    @Test
    void aFutureUpsellChangesNothingUntilTheSweepForItsDateAppliesItOnceInEffectiveDateOrder() throws Throwable {
        UUID customerId = PLATFORM.customer("acme", null);
        String contractId = register("acme", customerId, "1000.00", "2026-01-01", null, Map.of())
                .then().statusCode(201).extract().path("id");

        amendOn(contractId, "ADJUSTMENT", "1500.00", "2099-03-02").then().statusCode(201)
                .body("status", equalTo("SCHEDULED"));
        amendOn(contractId, "UPSELL", "1400.00", "2099-03-01").then().statusCode(201)
                .body("status", equalTo("SCHEDULED"));
        VertxContextSupport.subscribeAndAwait(() -> scheduled.sweep(LocalDate.of(2099, 2, 28)));
        as("acme-csm").get("/api/v1/contracts/" + contractId).then().body("mrr", equalTo(1000.0f));
        as("acme-csm").get("/api/v1/customers/" + customerId + "/mrr").then().body("mrr", equalTo(1000.0f));
        as("acme-csm").get("/api/v1/contracts/" + contractId + "/amendments").then().statusCode(200)
                .body("items.status", equalTo(List.of("SCHEDULED", "SCHEDULED")));

        int applied = VertxContextSupport.subscribeAndAwait(() -> scheduled.sweep(LocalDate.of(2099, 3, 2)));
        int again = VertxContextSupport.subscribeAndAwait(() -> scheduled.sweep(LocalDate.of(2099, 3, 2)));
        amend(contractId, "DOWNSELL", "900.00").then().statusCode(201);

        assertThat(applied).isGreaterThanOrEqualTo(2);
        assertThat(again).isZero();
        as("acme-csm").get("/api/v1/contracts/" + contractId + "/amendments").then()
                .body("items.status", equalTo(List.of("APPLIED", "APPLIED", "APPLIED")))
                .body("items.kind", equalTo(List.of("DOWNSELL", "UPSELL", "ADJUSTMENT")));
        List<Map<String, Object>> changes = PLATFORM.events("acme", customerId, ContractMessages.CONTRACT_MRR_CHANGED, 3)
                .stream().map(TestPlatform::json).toList();
        assertThat(changes).extracting(c -> c.get("kind")).containsExactly("UPSELL", "ADJUSTMENT", "DOWNSELL");
        assertThat(changes.get(0)).containsEntry("previousMrr", 1000.0).containsEntry("mrr", 1400.0)
                .containsEntry("effectiveDate", "2099-03-01");
        assertThat(changes.get(1)).containsEntry("previousMrr", 1400.0).containsEntry("delta", 100.0);
        assertThat(PLATFORM.events("acme", customerId, ContractMessages.CUSTOMER_MRR_CHANGED, 4).stream().map(TestPlatform::json))
                .extracting(m -> m.get("mrr")).containsExactly(1000.0, 1400.0, 1500.0, 900.0);
    }

    @Test
    void aScheduledUpsellThatNoLongerRaisesTheMrrWhenDueIsRejectedWithItsReason() throws Throwable {
        UUID customerId = PLATFORM.customer("acme", null);
        String contractId = register("acme", customerId, "1000.00", "2026-01-01", null, Map.of())
                .then().statusCode(201).extract().path("id");
        amendOn(contractId, "UPSELL", "1200.00", "2099-04-01").then().statusCode(201);
        amend(contractId, "UPSELL", "1300.00").then().statusCode(201);

        VertxContextSupport.subscribeAndAwait(() -> scheduled.sweep(LocalDate.of(2099, 4, 1)));

        as("acme-csm").get("/api/v1/contracts/" + contractId + "/amendments").then()
                .body("items.status", equalTo(List.of("APPLIED", "REJECTED")))
                .body("items.rejectReason[1]", org.hamcrest.Matchers.containsString("must raise the MRR (now 1300.00)"));
        as("acme-csm").get("/api/v1/contracts/" + contractId).then().body("mrr", equalTo(1300.0f));
    }

    @Test
    void aContractForAnUnknownCustomerIsABadRequestAndADuplicateExternalIdAConflict() {
        register("acme", UUID.randomUUID(), "10.00", "2026-01-01", null, Map.of())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("customerId")));

        UUID customerId = PLATFORM.customer("acme", null);
        String externalId = "erp-" + customerId;
        register("acme", customerId, "10.00", "2026-01-01", null, Map.of("externalId", externalId)).then().statusCode(201);
        register("acme", customerId, "10.00", "2026-01-01", null, Map.of("externalId", externalId))
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(PLATFORM.events("acme", customerId, ContractMessages.CONTRACT_CREATED, 1)).hasSize(1);
        as("acme-csm").get("/api/v1/customers/" + customerId + "/mrr").then().body("mrr", equalTo(10.0f));
    }

    @Test
    void anotherTenantsContractAndCustomerAreNotFound() {
        UUID customerId = PLATFORM.customer("acme", null);
        String contractId = register("acme", customerId, "10.00", "2026-01-01", "2026-12-31", Map.of())
                .then().statusCode(201).extract().path("id");

        as("globex-csm").get("/api/v1/contracts/" + contractId).then().statusCode(404).contentType("application/problem+json");
        amendAs("globex-csm", contractId, "UPSELL", "20.00").then().statusCode(404);
        as("globex-csm").body(Map.of("reason", "x", "date", "2026-05-01"))
                .post("/api/v1/contracts/" + contractId + "/cancellation").then().statusCode(404);
        as("globex-csm").get("/api/v1/customers/" + customerId + "/mrr").then().statusCode(404);
        register("globex", customerId, "10.00", "2026-01-01", null, Map.of()).then().statusCode(400);
        as("acme-csm").get("/api/v1/contracts/" + contractId).then().statusCode(200).body("status", equalTo("active"));
    }

    private static io.restassured.response.Response register(String tenant, UUID customerId, String mrr, String start,
                                                             String end, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.put("customerId", customerId);
        body.put("mrr", new java.math.BigDecimal(mrr));
        body.put("currency", "BRL");
        body.put("startDate", start);
        if (end != null) {
            body.put("endDate", end);
        }
        return as(tenant + "-csm").body(body).post("/api/v1/contracts");
    }

    private static io.restassured.response.Response amend(String contractId, String kind, String mrr) {
        return amendAs("acme-csm", contractId, kind, mrr);
    }

    private static io.restassured.response.Response amendAs(String user, String contractId, String kind, String mrr) {
        return amendOn(user, contractId, kind, mrr, "2026-06-01");
    }

    private static io.restassured.response.Response amendOn(String contractId, String kind, String mrr, String effective) {
        return amendOn("acme-csm", contractId, kind, mrr, effective);
    }

    private static io.restassured.response.Response amendOn(String user, String contractId, String kind, String mrr,
                                                            String effective) {
        return as(user).body(Map.of("kind", kind, "mrr", new java.math.BigDecimal(mrr), "effectiveDate", effective))
                .post("/api/v1/contracts/" + contractId + "/amendments");
    }
}
