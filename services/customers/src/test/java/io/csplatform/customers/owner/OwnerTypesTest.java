package io.csplatform.customers.owner;

import io.csplatform.events.CustomerMessages;
import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.csplatform.customers.Api.ACME_ADMIN;
import static io.csplatform.customers.Api.ACME_CSM;
import static io.csplatform.customers.Api.GLOBEX_ADMIN;
import static io.csplatform.customers.Api.as;
import static io.csplatform.customers.Api.createCustomer;
import static io.csplatform.customers.Api.events;
import static io.csplatform.customers.Api.json;
import static io.csplatform.customers.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class OwnerTypesTest {

    @Test
    void theDefaultAnalistaPrincipalExistsInEveryTenantAndCannotBeDeleted() {
        String id = as(ACME_ADMIN).get("/api/v1/owner-types").then().statusCode(200)
                .body("items.find { it.isDefault }.name", equalTo("Analista Principal"))
                .extract().path("items.find { it.isDefault }.id");

        as(ACME_ADMIN).delete("/api/v1/owner-types/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("default-owner-type")).body("status", equalTo(409));
        as(ACME_ADMIN).get("/api/v1/owner-types/" + id).then().statusCode(200).body("isDefault", equalTo(true));
    }

    @Test
    void theDefaultTypeCanBeRenamedAndStaysTheDefault() {
        String id = as(GLOBEX_ADMIN).get("/api/v1/owner-types").then().statusCode(200)
                .extract().path("items.find { it.isDefault }.id");

        as(GLOBEX_ADMIN).body(Map.of("name", "Primary analyst")).patch("/api/v1/owner-types/" + id)
                .then().statusCode(200).body("name", equalTo("Primary analyst")).body("isDefault", equalTo(true));
        as(GLOBEX_ADMIN).get("/api/v1/owner-types").then()
                .body("items.findAll { it.isDefault }.name", equalTo(List.of("Primary analyst")));
        as(GLOBEX_ADMIN).body(Map.of("name", "Analista Principal")).patch("/api/v1/owner-types/" + id)
                .then().statusCode(200);
    }

    @Test
    void aNameOfFortyOneCharactersIsRefusedNamingTheFieldAndFortyAreAccepted() {
        String forty = unique("Renovação").concat("x".repeat(40)).substring(0, 40);

        as(ACME_ADMIN).body(Map.of("name", forty + "y")).post("/api/v1/owner-types").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("name"));
        as(ACME_ADMIN).body(Map.of("name", forty)).post("/api/v1/owner-types").then().statusCode(201)
                .header("Location", containsString("/api/v1/owner-types/")).body("name", equalTo(forty));
    }

    @Test
    void aBlankNameIsRefusedNamingTheField() {
        as(ACME_ADMIN).body(Map.of("name", "  ")).post("/api/v1/owner-types").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void namesDifferingOnlyInCaseAreRefusedOnCreateAndRename() {
        String name = unique("Expansão Ágil");
        as(ACME_ADMIN).body(Map.of("name", name)).post("/api/v1/owner-types").then().statusCode(201);

        as(ACME_ADMIN).body(Map.of("name", name.toUpperCase())).post("/api/v1/owner-types").then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("name"));
        String other = as(ACME_ADMIN).body(Map.of("name", unique("CS Ops"))).post("/api/v1/owner-types")
                .then().statusCode(201).extract().path("id");
        as(ACME_ADMIN).body(Map.of("name", name.toLowerCase())).patch("/api/v1/owner-types/" + other)
                .then().statusCode(409).body("errors[0].field", equalTo("name"));
    }

    @Test
    void aTypeOtherThanTheDefaultCanBeDeletedAndItsHoldersAreToldTheyHoldNothing() {
        String id = as(ACME_ADMIN).body(Map.of("name", unique("Suporte Técnico"))).post("/api/v1/owner-types")
                .then().statusCode(201).extract().path("id");
        String customer = createCustomer(ACME_ADMIN);
        as(ACME_ADMIN).body(Map.of("userId", "support-user")).put("/api/v1/customers/" + customer + "/owners/" + id)
                .then().statusCode(200);

        as(ACME_ADMIN).delete("/api/v1/owner-types/" + id).then().statusCode(204);
        var changes = events(CustomerMessages.CUSTOMER_OWNER_CHANGED, customer, 2);
        assertThat(json(changes.get(1)).get("fromUserId").asText()).isEqualTo("support-user");
        assertThat(json(changes.get(1)).path("toUserId").asText(null)).isNull();
        as(ACME_ADMIN).get("/api/v1/customers/" + customer + "/owners").then().statusCode(200)
                .body("items.ownerTypeId", not(hasItem(id)));
        as(ACME_ADMIN).get("/api/v1/owner-types/" + id).then().statusCode(404);
        as(ACME_ADMIN).get("/api/v1/owner-types").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void aCsmReadsOwnerTypesButCannotChangeThem() {
        as(ACME_CSM).get("/api/v1/owner-types").then().statusCode(200);
        as(ACME_CSM).body(Map.of("name", unique("Renovação"))).post("/api/v1/owner-types").then().statusCode(403);
    }

    @Test
    void anotherTenantsOwnerTypeIsNotFound() {
        String id = as(ACME_ADMIN).body(Map.of("name", unique("Retenção"))).post("/api/v1/owner-types")
                .then().statusCode(201).extract().path("id");

        as(GLOBEX_ADMIN).get("/api/v1/owner-types/" + id).then().statusCode(404);
        as(GLOBEX_ADMIN).body(Map.of("name", "Hijacked")).patch("/api/v1/owner-types/" + id).then().statusCode(404);
        as(GLOBEX_ADMIN).delete("/api/v1/owner-types/" + id).then().statusCode(404);
        as(GLOBEX_ADMIN).get("/api/v1/owner-types").then().body("items.id", not(hasItem(id)));
    }
}
