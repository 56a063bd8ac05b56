package io.csplatform.customers.access;

import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.csplatform.customers.Api.ACME_CSM;
import static io.csplatform.customers.Api.as;
import static io.csplatform.customers.Api.unique;
import static io.csplatform.testing.TestPlatform.asIntegration;
import static org.hamcrest.Matchers.equalTo;

/**
 * The ERP's service account (role {@code integration}) creates and updates customers and contacts, and reads what it
 * needs for that; archiving a customer, deactivating a contact, owners, settings and users are refused (403).
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class IntegrationRoleTest {

    @Test
    void theIntegrationCreatesAndUpdatesCustomersAndContacts() {
        String externalId = "erp-" + UUID.randomUUID();
        String customer = asIntegration("acme").body(Map.of("name", unique("ERP customer"), "externalId", externalId))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        asIntegration("acme").body(Map.of("name", "Renamed by the ERP")).patch("/api/v1/customers/" + customer)
                .then().statusCode(200).body("name", equalTo("Renamed by the ERP"));
        asIntegration("acme").get("/api/v1/customers/" + customer).then().statusCode(200)
                .body("externalId", equalTo(externalId));
        String contact = asIntegration("acme").body(Map.of("name", "Ana")).post("/api/v1/customers/" + customer + "/contacts")
                .then().statusCode(201).extract().path("id");
        asIntegration("acme").body(Map.of("phone", "+55 11 90000-0000"))
                .patch("/api/v1/customers/" + customer + "/contacts/" + contact).then().statusCode(200);
    }

    @Test
    void theIntegrationCannotArchiveDeactivateAssignOwnersOrTouchSettingsAndUsers() {
        String customer = as(ACME_CSM).body(Map.of("name", unique("Customer"))).post("/api/v1/customers")
                .then().statusCode(201).extract().path("id");
        String contact = as(ACME_CSM).body(Map.of("name", "Bia")).post("/api/v1/customers/" + customer + "/contacts")
                .then().statusCode(201).extract().path("id");

        asIntegration("acme").delete("/api/v1/customers/" + customer).then().statusCode(403);
        asIntegration("acme").body(Map.of("active", false))
                .patch("/api/v1/customers/" + customer + "/contacts/" + contact).then().statusCode(403)
                .contentType("application/problem+json");
        asIntegration("acme").get("/api/v1/customers/" + customer + "/owners").then().statusCode(403);
        asIntegration("acme").get("/api/v1/tenant/settings").then().statusCode(403);
        asIntegration("acme").get("/api/v1/users").then().statusCode(403);
        asIntegration("acme").body(Map.of("name", "x")).post("/api/v1/portfolios").then().statusCode(403);

        as(ACME_CSM).get("/api/v1/customers/" + customer + "/contacts/" + contact).then().statusCode(200)
                .body("active", equalTo(true));
        as(ACME_CSM).delete("/api/v1/customers/" + customer).then().statusCode(204);
    }
}
