package io.csplatform.tracking.access;

import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.csplatform.testing.TestPlatform.asIntegration;

/**
 * The ERP's service account (role {@code integration}) sends usage (TrackingRestIngestTest) and nothing else here: the
 * ingest key and the usage reads are refused (403).
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "tracking"))
class IntegrationRoleTest {

    @Test
    void theIntegrationIsRefusedOutsideTheIngest() {
        asIntegration("acme").post("/api/v1/tracking/ingest-key").then().statusCode(403);
        asIntegration("acme").delete("/api/v1/tracking/ingest-key").then().statusCode(403);
        asIntegration("acme").get("/api/v1/tracking/features").then().statusCode(403);
        asIntegration("acme").get("/api/v1/customers/" + UUID.randomUUID() + "/tracking/users").then().statusCode(403);
    }
}
