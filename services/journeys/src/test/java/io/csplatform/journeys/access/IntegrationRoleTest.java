package io.csplatform.journeys.access;

import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static io.csplatform.testing.TestPlatform.asIntegration;

/** The ERP's service account (role {@code integration}) has nothing to do here: tasks, journeys and templates are refused (403). */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "journeys"))
class IntegrationRoleTest {

    @Test
    void theIntegrationIsRefused() {
        UUID customer = UUID.randomUUID();
        asIntegration("acme").body(Map.of("title", "x", "dueInDays", 1)).post("/api/v1/customers/" + customer + "/tasks")
                .then().statusCode(403);
        asIntegration("acme").get("/api/v1/customers/" + customer + "/tasks").then().statusCode(403);
        asIntegration("acme").body(Map.of("name", "x")).post("/api/v1/journey-templates").then().statusCode(403);
        asIntegration("acme").get("/api/v1/journey-templates").then().statusCode(403);
        as("acme-csm").get("/api/v1/journey-templates").then().statusCode(200);
    }
}
