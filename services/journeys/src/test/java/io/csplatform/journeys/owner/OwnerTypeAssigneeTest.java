package io.csplatform.journeys.owner;

import io.csplatform.events.ContractMessages;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.payload.ContractCancelled;
import io.csplatform.events.payload.ContractCreated;
import io.csplatform.events.payload.CustomerCreated;
import io.csplatform.events.payload.CustomerMrrChanged;
import io.csplatform.events.payload.CustomerOwnerChanged;
import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.journeys.support.Stack.as;
import static io.csplatform.journeys.support.Stack.awaitEvent;
import static io.csplatform.journeys.support.Stack.customer;
import static io.csplatform.journeys.support.Stack.publishEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "journeys"))
class OwnerTypeAssigneeTest {

    @Test
    void anOwnerTypeResolvesToItsHolderWhenTheTaskIsCreatedAndToNobodyWhenUnheld() {
        UUID customer = customer();
        UUID opsType = UUID.randomUUID();
        String ops = "CS Ops " + customer.toString().substring(0, 6);
        publishEvent(CustomerMessages.CUSTOMER_OWNER_CHANGED, "acme", customer,
                new CustomerOwnerChanged(customer, opsType, ops, null, "user-ops-1"));
        awaitHolder(customer, "user-ops-1");

        String assigned = as("acme-csm").body(task("Held", ops)).post("/api/v1/customers/" + customer + "/tasks")
                .then().statusCode(201)
                .body("assignee.ownerType", equalTo(ops)).body("assignee.userId", equalTo("user-ops-1"))
                .body("unassigned", equalTo(false)).extract().path("id");
        as("acme-csm").body(task("Unheld", "Renewal desk")).post("/api/v1/customers/" + customer + "/tasks")
                .then().statusCode(201)
                .body("assignee.ownerType", equalTo("Renewal desk")).body("assignee.userId", nullValue())
                .body("unassigned", equalTo(true));
        assertThat(awaitEvent(JourneyMessages.JOURNEY_TASK_CREATED, customer, "Unheld").value())
                .contains("\"unassigned\":true");
        assertThat(awaitEvent(JourneyMessages.JOURNEY_TASK_CREATED, customer, "\"title\":\"Held\"").value())
                .contains("\"userId\":\"user-ops-1\"").doesNotContain("unassigned");

        publishEvent(CustomerMessages.CUSTOMER_OWNER_CHANGED, "acme", customer,
                new CustomerOwnerChanged(customer, opsType, ops, "user-ops-1", null));
        awaitHolder(customer, null);
        as("acme-csm").body(task("After the holder left", ops)).post("/api/v1/customers/" + customer + "/tasks")
                .then().statusCode(201).body("unassigned", equalTo(true));
        as("acme-csm").get("/api/v1/tasks/" + assigned).then().body("assignee.userId", equalTo("user-ops-1"));
    }

    @Test
    void anotherTenantsOwnersAreNotSeen() {
        UUID customer = customer("globex");
        publishEvent(CustomerMessages.CUSTOMER_OWNER_CHANGED, "globex", customer,
                new CustomerOwnerChanged(customer, UUID.randomUUID(), "Analista Principal", null, "globex-user"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("globex-csm")
                .get("/api/v1/customers/" + customer + "/task-owners").then()
                .body("items.userId", hasItem("globex-user")));
        as("acme-csm").get("/api/v1/customers/" + customer + "/task-owners").then().statusCode(200)
                .body("items.size()", equalTo(0));
        as("acme-csm").body(task("Not globex's", "Analista Principal")).post("/api/v1/customers/" + customer + "/tasks")
                .then().statusCode(404);
        as("globex-csm").body(task("Globex's", "Analista Principal")).post("/api/v1/customers/" + customer + "/tasks")
                .then().statusCode(201).body("assignee.userId", equalTo("globex-user"));
    }

    @Test
    void theCustomersNameFillsTheDescriptionVariable() {
        UUID customer = customer();
        publishEvent(CustomerMessages.CUSTOMER_CREATED, "acme", customer,
                new CustomerCreated(customer, "Padaria Pão Quente", null, "onboarding", null));
        publishEvent(CustomerMessages.CUSTOMER_OWNER_CHANGED, "acme", customer,
                new CustomerOwnerChanged(customer, UUID.randomUUID(), "Analista Principal", null, "ana"));
        awaitHolder(customer, "ana");

        as("acme-csm").body(Map.of("title", "Welcome", "dueInDays", 0, "description", "Welcome {customer.name}!"))
                .post("/api/v1/customers/" + customer + "/tasks").then().statusCode(201)
                .body("description", equalTo("Welcome Padaria Pão Quente!"));
    }

    @Test
    void theCustomersActiveContractFillsTheContractVariablesUntilItIsCancelled() {
        UUID customer = customer();
        UUID contract = UUID.randomUUID();
        publishEvent(ContractMessages.CONTRACT_CREATED, "acme", customer, new ContractCreated(contract, customer, null,
                new BigDecimal("1500.00"), "BRL", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 31), "active", null,
                null, null, null));
        publishEvent(ContractMessages.CUSTOMER_MRR_CHANGED, "acme", customer, new CustomerMrrChanged(customer,
                BigDecimal.ZERO, new BigDecimal("1500.00"), new BigDecimal("18000.00"), "BRL"));
        String text = "Renew by {contract.endDate} (since {contract.startDate}, MRR {contract.mrr}, {contract.plan})";

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> as("acme-csm")
                .body(Map.of("title", "Renewal", "dueInDays", 0, "description", text))
                .post("/api/v1/customers/" + customer + "/tasks").then().statusCode(201)
                .body("description", equalTo("Renew by 2027-01-31 (since 2026-01-01, MRR 1500.00, {contract.plan})")));

        publishEvent(ContractMessages.CONTRACT_CANCELLED, "acme", customer,
                new ContractCancelled(contract, customer, "churn", LocalDate.of(2026, 6, 1), new BigDecimal("1500.00"), "BRL"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> as("acme-csm")
                .body(Map.of("title", "Renewal", "dueInDays", 0, "description", text))
                .post("/api/v1/customers/" + customer + "/tasks").then().statusCode(201)
                .body("description", equalTo("Renew by {contract.endDate} (since {contract.startDate}, MRR 1500.00, {contract.plan})")));
    }

    private static void awaitHolder(UUID customer, String user) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("acme-csm")
                .get("/api/v1/customers/" + customer + "/task-owners").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].userId", equalTo(user)));
    }

    private static Map<String, Object> task(String title, String ownerType) {
        return Map.of("title", title, "dueInDays", 1, "assignee", Map.of("ownerType", ownerType));
    }
}
