package io.csplatform.contracts;

import io.csplatform.contracts.amendment.ScheduledAmendmentSweep;
import io.csplatform.events.ContractMessages;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.CustomerUpdated;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

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
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "contracts"))
class ErpIngestTest {

    private static final TestPlatform PLATFORM = new TestPlatform(Topic.CONTRACTS_EVENTS, "mrr");

    @Inject
    ScheduledAmendmentSweep scheduled;

    @Test
    void aBulkUpsertReplayedWithItsIdempotencyKeyAnswersTheFirstAnswerAndChangesNothing() {
        String customer = PLATFORM.erpCustomer("acme");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("items", List.of(contract(customer, "ct-" + customer, 1, "800.00"),
                contract("nobody-" + customer, "ct-x-" + customer, 1, "10.00")));

        String first = asIntegration("acme").header("Idempotency-Key", key).body(body).post("/api/v1/erp/contracts")
                .then().statusCode(200).header("Idempotent-Replayed", "false")
                .body("created", equalTo(1)).body("rejected", equalTo(1))
                .body("items[1].reason", containsString("unknown customer")).extract().asString();
        String replay = asIntegration("acme").header("Idempotency-Key", key).body(body).post("/api/v1/erp/contracts")
                .then().statusCode(200).header("Idempotent-Replayed", "true").extract().asString();
        asIntegration("acme").header("Idempotency-Key", key).body(Map.of("items", List.of(contract(customer, "other", 1, "1.00"))))
                .post("/api/v1/erp/contracts").then().statusCode(409).contentType("application/problem+json");

        assertThat(replay).isEqualTo(first);
        UUID customerId = customerId(first);
        assertThat(PLATFORM.events("acme", customerId, ContractMessages.CONTRACT_CREATED, 1)).hasSize(1);
        as("acme-csm").get("/api/v1/customers/" + customerId + "/mrr").then().body("mrr", equalTo(800.0f));
    }

    @Test
    void theSameContractTwiceIsOneContractAndANewerVersionWithAnotherMrrIsAnAdjustment() {
        String customer = PLATFORM.erpCustomer("acme");
        String contract = "ct-" + customer;
        post(contract(customer, contract, 1, "500.00")).body("created", equalTo(1));
        post(contract(customer, contract, 1, "500.00")).body("unchanged", equalTo(1));
        post(contract(customer, contract, 2, "530.00")).body("updated", equalTo(1));
        post(contract(customer, contract, 1, "999.00")).body("rejected", equalTo(1))
                .body("items[0].reason", containsString("out of order"));

        UUID customerId = customerId(post(contract(customer, contract, 2, "530.00")).extract().asString());
        assertThat(PLATFORM.events("acme", customerId, ContractMessages.CONTRACT_CREATED, 1)).hasSize(1);
        assertThat(json(PLATFORM.events("acme", customerId, ContractMessages.CONTRACT_MRR_CHANGED, 1).get(0)))
                .containsEntry("kind", "ADJUSTMENT").containsEntry("previousMrr", 500.0).containsEntry("mrr", 530.0);
    }

    @Test
    void anUpsellThatLowersTheMrrIsThatItemsRejectionNotTheBatchs() {
        String customer = PLATFORM.erpCustomer("acme");
        String contract = "ct-" + customer;
        post(contract(customer, contract, 1, "700.00")).body("created", equalTo(1));

        asIntegration("acme").body(Map.of("items", List.of(
                        amendment(customer, contract, "am-bad-" + customer, "UPSELL", "600.00"),
                        amendment(customer, contract, "am-ok-" + customer, "UPSELL", "750.00"))))
                .post("/api/v1/erp/amendments").then().statusCode(200)
                .body("rejected", equalTo(1)).body("created", equalTo(1))
                .body("items[0].reason", containsString("raise"));
    }

    @Test
    void bulkEndpointsNeedTheIntegrationRoleAndRefuseBadItemsNamingThem() {
        String customer = PLATFORM.erpCustomer("acme");
        Map<String, Object> body = Map.of("items", List.of(contract(customer, "ct-" + customer, 1, "1.00")));
        as("acme-csm").body(body).post("/api/v1/erp/contracts").then().statusCode(403);
        as("acme-admin").body(body).post("/api/v1/erp/amendments").then().statusCode(403);

        Map<String, Object> bad = new HashMap<>(contract(customer, "ct-" + customer, 1, "1.00"));
        bad.put("mrr", "lots");
        asIntegration("acme").body(Map.of("items", List.of(contract(customer, "a-" + customer, 1, "1.00"), bad)))
                .post("/api/v1/erp/contracts").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("items[1]")));
        var tooMany = IntStream.range(0, 1001).mapToObj(i -> contract(customer, "m-" + i, 1, "1.00")).toList();
        asIntegration("acme").body(Map.of("items", tooMany)).post("/api/v1/erp/contracts").then().statusCode(400)
                .body("errors.field", equalTo(List.of("items")));
        as("acme-csm").get("/api/v1/contracts/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void kafkaIngestAppliesContractsAndAmendmentsAndDeadLettersEachKindOfBadMessageWithItsReason() {
        String customer = PLATFORM.erpCustomer("acme");
        String contract = "ct-" + customer;
        erp("acme", "erp.contract", customer, contract(customer, contract, 2, "1000.00"));
        var unknownCustomer = erp("acme", "erp.contract", "ghost-" + customer, contract("ghost-" + customer, "g-" + customer, 1, "5.00"));
        var badSchema = erp("acme", "erp.contract", customer, "{\"customerExternalId\":\"" + customer + "\",\"mrr\":\"lots\"}");
        var older = erp("acme", "erp.contract", customer, contract(customer, contract, 1, "1.00"));
        var unknownType = erp("acme", "erp.invoice", customer, Map.of("customerExternalId", customer));
        var wrongKey = erp("acme", "erp.contract", "someone-else", contract(customer, contract, 3, "1.00"));
        erp("acme", "erp.amendment", customer, amendment(customer, contract, "am-1-" + customer, "ADJUSTMENT", "1100.00"));
        erp("acme", "erp.amendment", customer, amendment(customer, contract, "am-2-" + customer, "UPSELL", "1500.00"));

        assertThat(deadLettered(unknownCustomer).header("dead-letter-reason")).contains("unknown customer");
        assertThat(deadLettered(badSchema).header("dead-letter-reason")).contains("erp.contract.v1.json");
        assertThat(deadLettered(older).header("dead-letter-reason")).contains("out of order");
        assertThat(deadLettered(unknownType).header("dead-letter-reason")).contains("unknown ERP message type");
        assertThat(deadLettered(wrongKey).header("dead-letter-reason")).contains("record key");
        UUID customerId = awaitCustomerId(customer);
        assertThat(PLATFORM.events("acme", customerId, ContractMessages.CONTRACT_MRR_CHANGED, 2)
                .stream().map(TestPlatform::json))
                .extracting(m -> m.get("kind")).containsExactly("ADJUSTMENT", "UPSELL");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("acme-csm")
                .get("/api/v1/customers/" + customerId + "/mrr").then().body("mrr", equalTo(1500.0f)));
    }

    /**
     * A burst of ERP messages commits in groups (many per transaction); a bad message in a group splits it: the bad
     * one is parked alone with its reason, every other one still applies, each customer's in its order (an UPSELL
     * after its contract, or the amendment would find no contract and be parked too).
     */
    @Test
    void aBurstAppliesInGroupsAndABadMessageAmongThemIsParkedAloneWhileTheOthersKeepTheirOrder() {
        int count = 40;
        Map<String, UUID> customers = new java.util.LinkedHashMap<>();
        IntStream.range(0, count).forEach(i -> {
            String externalId = "burst-" + UUID.randomUUID();
            customers.put(externalId, PLATFORM.customer("acme", externalId));
        });
        double committedBefore = groupMetric("committed", "cs_commit_group_messages_total");
        double groupsBefore = groupMetric("committed", "cs_commit_groups_total");
        double splitBefore = groupMetric("split", "cs_commit_groups_total");
        Map<String, String> bad = null;
        // one burst (sent before any acknowledgement), so the lanes queue it and the bad message shares a group
        List<KafkaProbe.Outgoing> burst = new java.util.ArrayList<>();
        customers.keySet().forEach(customer -> burst.add(outgoing("erp.contract", customer,
                contract(customer, "ct-" + customer, 1, "100.00"))));
        int i = 0;
        for (String customer : customers.keySet()) {
            if (i++ == count / 2) {
                burst.add(outgoing("erp.amendment", customer,
                        amendment(customer, "no-such-" + customer, "bad-" + customer, "UPSELL", "999.00")));
                bad = burst.get(burst.size() - 1).headers();
            }
            burst.add(outgoing("erp.amendment", customer,
                    amendment(customer, "ct-" + customer, "up-" + customer, "UPSELL", "150.00")));
        }
        try (KafkaProbe kafka = KafkaProbe.asIntegration(TestPlatform.stack(), "acme")) {
            kafka.publishBurst(Topic.INGEST_ERP.forTenant("acme"), burst);
        }

        assertThat(deadLettered(bad).header("dead-letter-reason")).contains("unknown contract");
        customers.values().forEach(customerId -> await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                as("acme-csm").get("/api/v1/customers/" + customerId + "/mrr").then().body("mrr", equalTo(150.0f))));
        double committed = groupMetric("committed", "cs_commit_group_messages_total") - committedBefore;
        double groups = groupMetric("committed", "cs_commit_groups_total") - groupsBefore;
        assertThat(groups).as("groups committed").isPositive();
        assertThat(committed).as("messages in committed groups: more than one per transaction").isGreaterThan(groups);
        assertThat(groupMetric("split", "cs_commit_groups_total") - splitBefore).as("groups split by the bad message")
                .isGreaterThanOrEqualTo(1);
    }

    /**
     * Each message of a burst sent twice in a row (the same {@code ce_id}, as a producer retrying would): the copies
     * mostly share a group, whose one inbox statement must let only the first apply. The second is a duplicate, not
     * an "unchanged" apply (the contract's own external-id check would hide a copy applied twice, the inbox count does not).
     */
    @Test
    void copiesOfAMessageInOneBurstApplyOnce() {
        int count = 20;
        List<String> customers = IntStream.range(0, count).mapToObj(i -> {
            String externalId = "copy-" + UUID.randomUUID();
            PLATFORM.customer("acme", externalId);
            return externalId;
        }).toList();
        double duplicatesBefore = groupMetric("duplicate", "cs_messages_consumed_total");
        double appliedBefore = groupMetric("applied", "cs_messages_consumed_total");
        List<KafkaProbe.Outgoing> burst = new java.util.ArrayList<>();
        customers.forEach(customer -> {
            var message = outgoing("erp.contract", customer, contract(customer, "cp-" + customer, 1, "100.00"));
            burst.add(message);
            burst.add(message);
        });
        try (KafkaProbe kafka = KafkaProbe.asIntegration(TestPlatform.stack(), "acme")) {
            kafka.publishBurst(Topic.INGEST_ERP.forTenant("acme"), burst);
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                groupMetric("duplicate", "cs_messages_consumed_total") - duplicatesBefore).isEqualTo(count));
        assertThat(groupMetric("applied", "cs_messages_consumed_total") - appliedBefore).isGreaterThanOrEqualTo(count);
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            assertThat(kafka.readAll(Topic.CONTRACTS_EVENTS.name()).stream()
                    .filter(m -> "contract.created".equals(m.header("ce_type")))
                    .filter(m -> customers.stream().anyMatch(customer -> m.value().contains("\"cp-" + customer + "\""))))
                    .hasSize(count);
        }
    }

    private static KafkaProbe.Outgoing outgoing(String type, String key, Object payload) {
        var headers = EventHeaders.origin("/erp/acme", io.csplatform.events.MessageTypes.byName(type).orElseThrow(),
                "acme", key, Instant.now()).toMap();
        return new KafkaProbe.Outgoing(key, EventJson.write(payload), headers);
    }

    /** The ERP consumer's commit-group metric (a counter's total for the outcome; 0 before the first). */
    private static double groupMetric(String outcome, String name) {
        return io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(name + "{") && line.contains("consumer=\"contracts.erp-ingest\"")
                        && line.contains("outcome=\"" + outcome + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void futureErpAmendmentsFromBulkAndKafkaWaitForTheSweepOfTheirDateAndApplyOnce() throws Throwable {
        String customer = PLATFORM.erpCustomer("acme");
        String contract = "ct-" + customer;
        String created = post(contract(customer, contract, 1, "1000.00")).extract().asString();
        UUID customerId = customerId(created);
        String contractId = io.restassured.path.json.JsonPath.from(created).getString("items[0].id");
        asIntegration("acme").body(Map.of("items", List.of(amendmentOn(customer, contract, "am-up-" + customer, "UPSELL",
                        "1200.00", "2098-05-01")))).post("/api/v1/erp/amendments").then().statusCode(200)
                .body("created", equalTo(1));
        erp("acme", "erp.amendment", customer, amendmentOn(customer, contract, "am-adj-" + customer, "ADJUSTMENT",
                "1250.00", "2098-05-02"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("acme-csm")
                .get("/api/v1/contracts/" + contractId + "/amendments").then()
                .body("items.status", equalTo(List.of("SCHEDULED", "SCHEDULED"))));
        as("acme-csm").get("/api/v1/customers/" + customerId + "/mrr").then().body("mrr", equalTo(1000.0f));
        int applied = VertxContextSupport.subscribeAndAwait(() -> scheduled.sweep(LocalDate.of(2098, 5, 2)));
        int again = VertxContextSupport.subscribeAndAwait(() -> scheduled.sweep(LocalDate.of(2098, 5, 2)));
        post(contract(customer, contract, 2, "1100.00")).body("updated", equalTo(1));

        assertThat(applied).isGreaterThanOrEqualTo(2);
        assertThat(again).isZero();
        assertThat(PLATFORM.events("acme", customerId, ContractMessages.CONTRACT_MRR_CHANGED, 3).stream().map(TestPlatform::json))
                .extracting(m -> m.get("kind")).containsExactly("UPSELL", "ADJUSTMENT", "ADJUSTMENT");
        assertThat(PLATFORM.events("acme", customerId, ContractMessages.CUSTOMER_MRR_CHANGED, 4).stream().map(TestPlatform::json))
                .extracting(m -> m.get("mrr")).containsExactly(1000.0, 1200.0, 1250.0, 1100.0);
    }

    @Test
    void aCustomerWhoseExternalIdChangedIsFoundByItsNewOne() {
        UUID customerId = PLATFORM.customer("acme", "old-" + UUID.randomUUID());
        String newExternalId = "new-" + customerId;
        var updated = new CustomerUpdated(customerId, newExternalId, Map.of("externalId",
                new CustomerUpdated.FieldChange(EventJson.MAPPER.getNodeFactory().textNode("old"),
                        EventJson.MAPPER.getNodeFactory().textNode(newExternalId))));
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            kafka.publish(Topic.CUSTOMERS_EVENTS.name(), Topic.key("acme", customerId), EventJson.write(updated),
                    EventHeaders.origin("/services/customers", CustomerMessages.CUSTOMER_UPDATED, "acme", customerId,
                            Instant.now()).toMap());
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> post(contract(newExternalId, "ct-" + newExternalId, 1, "42.00"))
                .body("created", equalTo(1)));
        as("acme-csm").get("/api/v1/customers/" + customerId + "/mrr").then().body("mrr", equalTo(42.0f));
    }

    static Map<String, Object> contract(String customer, String externalId, long version, String mrr) {
        return Map.of("customerExternalId", customer, "externalId", externalId, "version", version, "plan", "Pro",
                "mrr", new java.math.BigDecimal(mrr), "currency", "BRL", "startDate", "2026-01-01", "endDate", "2026-12-31");
    }

    static Map<String, Object> amendment(String customer, String contract, String externalId, String kind, String mrr) {
        return Map.of("customerExternalId", customer, "contractExternalId", contract, "externalId", externalId,
                "version", 1, "kind", kind, "mrr", new java.math.BigDecimal(mrr), "effectiveDate", "2026-06-01");
    }

    static Map<String, Object> amendmentOn(String customer, String contract, String externalId, String kind, String mrr,
                                           String effectiveDate) {
        Map<String, Object> amendment = new HashMap<>(amendment(customer, contract, externalId, kind, mrr));
        amendment.put("effectiveDate", effectiveDate);
        return amendment;
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> item) {
        return asIntegration("acme").body(Map.of("items", List.of(item))).post("/api/v1/erp/contracts").then().statusCode(200);
    }

    private static UUID customerId(String batchAnswer) {
        String contractId = io.restassured.path.json.JsonPath.from(batchAnswer).getString("items[0].id");
        return UUID.fromString(as("acme-csm").get("/api/v1/contracts/" + contractId).then().statusCode(200)
                .extract().path("customerId"));
    }

    private static UUID awaitCustomerId(String customerExternalId) {
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            KafkaMessage created = kafka.await(Topic.CONTRACTS_EVENTS.name(), m -> "contract.created".equals(m.header("ce_type"))
                    && m.value().contains("\"ct-" + customerExternalId + "\""), Duration.ofSeconds(60));
            return UUID.fromString(created.header("ce_subject"));
        }
    }
}
