package io.csplatform.healthscore.access;

import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static io.csplatform.testing.TestPlatform.asIntegration;

/** The ERP's service account (role {@code integration}) has nothing to do here: the health model and scores are refused (403). */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "healthscore"))
class IntegrationRoleTest {

    @Test
    void theIntegrationIsRefused() {
        asIntegration("acme").get("/api/v1/health-model").then().statusCode(403);
        asIntegration("acme").body(Map.of()).put("/api/v1/health-model").then().statusCode(403);
        asIntegration("acme").get("/api/v1/customers/" + UUID.randomUUID() + "/health-score").then().statusCode(403);
        as("acme-admin").get("/api/v1/health-model").then().statusCode(200);
    }
}
