package io.csplatform.customers.command;

import io.csplatform.events.CustomerMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.OwnerAssign;
import io.csplatform.events.payload.PortfolioMove;
import io.csplatform.events.payload.TagsChange;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.SharedDevStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.customers.Api.ACME_ADMIN;
import static io.csplatform.customers.Api.as;
import static io.csplatform.customers.Api.createCustomer;
import static io.csplatform.customers.Api.events;
import static io.csplatform.customers.Api.json;
import static io.csplatform.customers.Api.send;
import static io.csplatform.customers.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class CustomerCommandsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void tagsChangeIsAppliedOnceEvenWhenRedeliveredAndItsEventsNameTheCommandAsCause() {
        String customer = createCustomer(ACME_ADMIN, Map.of("name", unique("Tags"), "tags", List.of("a", "b")));
        String commandId = send(Topic.CUSTOMERS_COMMANDS, CustomerMessages.TAGS_CHANGE, "acme", customer,
                new TagsChange(null, UUID.fromString(customer), List.of("c"), List.of("a")));
        awaitTags(customer, List.of("b", "c"));
        List<KafkaMessage> tagEvents = events(CustomerMessages.CUSTOMER_TAG_CHANGED, customer, 2);
        assertThat(tagEvents).allSatisfy(m -> assertThat(m.header("ce_causationid")).isEqualTo(commandId));

        as(ACME_ADMIN).body(Map.of("tags", List.of())).patch("/api/v1/customers/" + customer).then().statusCode(200);
        try (KafkaProbe kafka = KafkaProbe.of(SharedDevStack.get())) {
            kafka.republish(kafka.await(Topic.CUSTOMERS_COMMANDS.name(), m -> commandId.equals(m.header("ce_id")), WAIT));
        }
        send(Topic.CUSTOMERS_COMMANDS, CustomerMessages.TAGS_CHANGE, "acme", customer,
                new TagsChange(null, UUID.fromString(customer), List.of("z"), null));
        awaitTags(customer, List.of("z"));
    }

    @Test
    void portfolioMoveMovesTheCustomerAndPublishesPortfolioChanged() {
        String portfolio = as(ACME_ADMIN).body(Map.of("name", unique("Carteira"))).post("/api/v1/portfolios")
                .then().statusCode(201).extract().path("id");
        String customer = createCustomer(ACME_ADMIN);

        String commandId = send(Topic.CUSTOMERS_COMMANDS, CustomerMessages.PORTFOLIO_MOVE, "acme", customer,
                new PortfolioMove(null, UUID.fromString(customer), UUID.fromString(portfolio)));

        await().atMost(WAIT).untilAsserted(() -> as(ACME_ADMIN).get("/api/v1/customers/" + customer).then()
                .body("portfolioId", equalTo(portfolio)));
        KafkaMessage moved = events(CustomerMessages.CUSTOMER_PORTFOLIO_CHANGED, customer, 1).get(0);
        assertThat(moved.header("ce_causationid")).isEqualTo(commandId);
        assertThat(json(moved).get("toPortfolioId").asText()).isEqualTo(portfolio);
    }

    @Test
    void ownerAssignWithAFixedUserSetsTheOwner() {
        String type = ownerType();
        String customer = createCustomer(ACME_ADMIN);

        send(Topic.CUSTOMERS_COMMANDS, CustomerMessages.OWNER_ASSIGN, "acme", customer,
                new OwnerAssign(null, UUID.fromString(customer), UUID.fromString(type), OwnerAssign.FIXED, "fixed-user",
                        null));

        await().atMost(WAIT).untilAsserted(() -> as(ACME_ADMIN).get("/api/v1/customers/" + customer + "/owners").then()
                .body("items.find { it.ownerTypeId == '" + type + "' }.userId", equalTo("fixed-user")));
        assertThat(json(events(CustomerMessages.CUSTOMER_OWNER_CHANGED, customer, 1).get(0)).get("toUserId").asText())
                .isEqualTo("fixed-user");
    }

    @Test
    void thirtyConcurrentFewestCustomersAssignmentsOverThreeUsersEndTenTenTen() {
        String type = ownerType();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        List<String> pool = List.of("csm-c-" + marker, "csm-a-" + marker, "csm-b-" + marker);
        List<String> customers = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> createCustomer(ACME_ADMIN, Map.of("name", "Balance " + i + " " + marker))).toList();

        customers.parallelStream().forEach(customer -> send(Topic.CUSTOMERS_COMMANDS, CustomerMessages.OWNER_ASSIGN, "acme",
                customer, new OwnerAssign(null, UUID.fromString(customer), UUID.fromString(type),
                        OwnerAssign.FEWEST_CUSTOMERS, null, pool)));

        await().atMost(WAIT).untilAsserted(() -> assertThat(pool.stream().mapToInt(CustomerCommandsTest::customersOf).sum())
                .isEqualTo(30));
        assertThat(pool).allSatisfy(user -> assertThat(customersOf(user)).as(user).isEqualTo(10));
    }

    @Test
    void lowestMrrPicksTheUserWhoseCustomersAddUpToTheLowestMrr() throws Exception {
        String type = ownerType();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String a = "mrr-a-" + marker;
        String b = "mrr-b-" + marker;
        String c = "mrr-c-" + marker;
        Map<String, String> held = Map.of(
                createCustomer(ACME_ADMIN), a + "=500.00",
                createCustomer(ACME_ADMIN), b + "=40.00",
                createCustomer(ACME_ADMIN), b + "=45.50",
                createCustomer(ACME_ADMIN), c + "=200.00");
        held.forEach((customer, holding) -> {
            String[] parts = holding.split("=");
            as(ACME_ADMIN).body(Map.of("userId", parts[0])).put("/api/v1/customers/" + customer + "/owners/" + type)
                    .then().statusCode(200);
            java.math.BigDecimal mrr = new java.math.BigDecimal(parts[1]);
            send(Topic.CONTRACTS_EVENTS, io.csplatform.events.ContractMessages.CUSTOMER_MRR_CHANGED, "acme", customer,
                    new io.csplatform.events.payload.CustomerMrrChanged(UUID.fromString(customer), java.math.BigDecimal.ZERO,
                            mrr, mrr.multiply(java.math.BigDecimal.valueOf(12)), "BRL"));
        });
        await().atMost(WAIT).until(() -> projected(held.keySet()) == held.size());
        String customer = createCustomer(ACME_ADMIN);

        send(Topic.CUSTOMERS_COMMANDS, CustomerMessages.OWNER_ASSIGN, "acme", customer, new OwnerAssign(null,
                UUID.fromString(customer), UUID.fromString(type), OwnerAssign.LOWEST_MRR, null, List.of(a, b, c)));

        await().atMost(WAIT).untilAsserted(() -> as(ACME_ADMIN).get("/api/v1/customers/" + customer + "/owners").then()
                .body("items.find { it.ownerTypeId == '" + type + "' }.userId", equalTo(b)));
    }

    @Test
    void lowestMrrSumsOnlyTheTenantsBaseCurrencyNeverAcrossCurrencies() throws Exception {
        String type = ownerType();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String a = "cur-a-" + marker;
        String b = "cur-b-" + marker;
        String base = as(ACME_ADMIN).get("/api/v1/tenant/settings").then().statusCode(200).extract().path("currency");
        String other = "USD".equals(base) ? "EUR" : "USD";
        // a: 30 and 1,000 in another currency (summed across currencies it would be the highest); b: 50
        Map<String, String> held = Map.of(
                createCustomer(ACME_ADMIN), a + "=30.00=" + base,
                createCustomer(ACME_ADMIN), a + "=1000.00=" + other,
                createCustomer(ACME_ADMIN), b + "=50.00=" + base);
        held.forEach((customer, holding) -> {
            String[] parts = holding.split("=");
            as(ACME_ADMIN).body(Map.of("userId", parts[0])).put("/api/v1/customers/" + customer + "/owners/" + type)
                    .then().statusCode(200);
            java.math.BigDecimal mrr = new java.math.BigDecimal(parts[1]);
            send(Topic.CONTRACTS_EVENTS, io.csplatform.events.ContractMessages.CUSTOMER_MRR_CHANGED, "acme", customer,
                    new io.csplatform.events.payload.CustomerMrrChanged(UUID.fromString(customer), java.math.BigDecimal.ZERO,
                            mrr, mrr.multiply(java.math.BigDecimal.valueOf(12)), parts[2]));
        });
        await().atMost(WAIT).until(() -> projected(held.keySet()) == held.size());
        String customer = createCustomer(ACME_ADMIN);

        send(Topic.CUSTOMERS_COMMANDS, CustomerMessages.OWNER_ASSIGN, "acme", customer, new OwnerAssign(null,
                UUID.fromString(customer), UUID.fromString(type), OwnerAssign.LOWEST_MRR, null, List.of(a, b)));

        await().atMost(WAIT).untilAsserted(() -> as(ACME_ADMIN).get("/api/v1/customers/" + customer + "/owners").then()
                .body("items.find { it.ownerTypeId == '" + type + "' }.userId", equalTo(a)));
    }

    @Test
    void aCommandForAnUnknownCustomerIsDeadLetteredWithTheReason() {
        String unknown = UUID.randomUUID().toString();
        String commandId = send(Topic.CUSTOMERS_COMMANDS, CustomerMessages.OWNER_ASSIGN, "acme", unknown,
                new OwnerAssign(null, UUID.fromString(unknown), UUID.randomUUID(), OwnerAssign.FIXED, "nobody", null));

        try (KafkaProbe kafka = KafkaProbe.of(SharedDevStack.get())) {
            KafkaMessage dead = kafka.await(Topic.CUSTOMERS_COMMANDS.deadLetterName(),
                    m -> commandId.equals(m.header("ce_id")), WAIT);
            assertThat(dead.header("dead-letter-reason"))
                    .isEqualTo("owner.assign cannot be applied: no customer " + unknown + " in tenant acme");
        }
    }

    private static String ownerType() {
        return as(ACME_ADMIN).body(Map.of("name", unique("Balance"))).post("/api/v1/owner-types").then().statusCode(201)
                .extract().path("id");
    }

    private static int customersOf(String user) {
        return as(ACME_ADMIN).queryParam("owner", user).queryParam("limit", 500).get("/api/v1/customers").then()
                .statusCode(200).extract().jsonPath().getList("items").size();
    }

    private static void awaitTags(String customer, List<String> tags) {
        await().atMost(WAIT).untilAsserted(() -> as(ACME_ADMIN).get("/api/v1/customers/" + customer).then()
                .body("tags", equalTo(tags)));
    }

    private static int projected(java.util.Set<String> customers) throws java.sql.SQLException {
        var stack = SharedDevStack.get();
        try (var connection = java.sql.DriverManager.getConnection(stack.jdbcUrl("customers"), stack.postgresUser(),
                stack.postgresPassword());
             var statement = connection.prepareStatement("select count(*) from customer_mrr where customer_id = any(?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", customers.stream().map(UUID::fromString).toArray()));
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
