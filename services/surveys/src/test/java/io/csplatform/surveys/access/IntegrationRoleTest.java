package io.csplatform.surveys.access;

import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static io.csplatform.testing.TestPlatform.asIntegration;

/** The ERP's service account (role {@code integration}) has nothing to do here: surveys and their templates are refused (403). */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "surveys"))
class IntegrationRoleTest {

    @Test
    void theIntegrationIsRefused() {
        asIntegration("acme").get("/api/v1/surveys/" + UUID.randomUUID()).then().statusCode(403);
        asIntegration("acme").body(Map.of("subject", "x")).put("/api/v1/survey-templates/nps").then().statusCode(403);
        as("acme-csm").get("/api/v1/surveys/" + UUID.randomUUID()).then().statusCode(404);
    }
}
