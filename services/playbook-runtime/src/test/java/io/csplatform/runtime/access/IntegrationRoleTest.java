package io.csplatform.runtime.access;

import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static io.csplatform.testing.TestPlatform.asIntegration;

/** The ERP's service account (role {@code integration}) has nothing to do here: playbooks are refused (403). */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "runtime"))
class IntegrationRoleTest {

    @Test
    void theIntegrationIsRefused() {
        UUID playbook = UUID.randomUUID();
        asIntegration("acme").get("/api/v1/playbooks").then().statusCode(403);
        asIntegration("acme").body(Map.of("name", "x")).post("/api/v1/playbooks").then().statusCode(403);
        asIntegration("acme").delete("/api/v1/playbooks/" + playbook).then().statusCode(403);
        asIntegration("acme").post("/api/v1/playbooks/" + playbook + "/activate").then().statusCode(403);
        as("acme-csm").get("/api/v1/playbooks").then().statusCode(200);
    }
}
