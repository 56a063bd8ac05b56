package io.csplatform.journeys.task;

import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.csplatform.journeys.support.Stack.as;
import static io.csplatform.journeys.support.Stack.customer;
import static io.csplatform.journeys.support.Stack.starter;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Tasks, journeys and board cards name a customer of the caller's tenant: an unknown id or another tenant's customer is a 404. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "journeys"))
class UnknownCustomerTest {

    private static final Map<String, Object> TASK = Map.of("title", "Call", "dueInDays", 1);

    private static Map<String, Object> card(UUID customer) {
        return Map.of("customerId", customer.toString(), "title", "Call", "startAt", "2026-12-01T14:00:00Z",
                "durationMinutes", 30);
    }

    @Test
    void anUnknownCustomerIsNotFoundOnCreateAndOnList() {
        UUID unknown = UUID.randomUUID();
        as("acme-csm").body(TASK).post("/api/v1/customers/" + unknown + "/tasks").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(unknown.toString()));
        as("acme-csm").get("/api/v1/customers/" + unknown + "/tasks").then().statusCode(404);
        as("acme-csm").body(Map.of("templateId", starter("onboarding"))).put("/api/v1/customers/" + unknown + "/journey")
                .then().statusCode(404).contentType("application/problem+json");
        as("acme-csm").body(card(unknown)).post("/api/v1/board/tasks").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(unknown.toString()));
        as("acme-csm").queryParam("limit", 500).get("/api/v1/board/tasks").then().statusCode(200)
                .body("items.customerId", not(hasItem(unknown.toString())));
    }

    @Test
    void anotherTenantsCustomerIsNotFoundAndItsOwnTenantStillWorks() {
        UUID globex = customer("globex");
        as("acme-csm").body(TASK).post("/api/v1/customers/" + globex + "/tasks").then().statusCode(404);
        as("acme-csm").get("/api/v1/customers/" + globex + "/tasks").then().statusCode(404);
        as("acme-csm").body(Map.of("templateId", starter("onboarding"))).put("/api/v1/customers/" + globex + "/journey")
                .then().statusCode(404);

        as("acme-csm").body(card(globex)).post("/api/v1/board/tasks").then().statusCode(404)
                .contentType("application/problem+json");

        as("globex-csm").body(TASK).post("/api/v1/customers/" + globex + "/tasks").then().statusCode(201);
        as("globex-csm").body(card(globex)).post("/api/v1/board/tasks").then().statusCode(201);
        as("globex-csm").get("/api/v1/customers/" + globex + "/tasks").then().statusCode(200);
    }
}
