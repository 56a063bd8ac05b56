package io.csplatform.customers.owner;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.EventJson;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.csplatform.customers.Api.ACME_ADMIN;
import static io.csplatform.customers.Api.ACME_CSM;
import static io.csplatform.customers.Api.GLOBEX_ADMIN;
import static io.csplatform.customers.Api.as;
import static io.csplatform.customers.Api.createCustomer;
import static io.csplatform.customers.Api.events;
import static io.csplatform.customers.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class CustomerOwnersTest {

    @Test
    void everyOwnerTypeIsListedWithItsUserOrNaoInformado() {
        String customer = createCustomer(ACME_ADMIN);
        String typeName = unique("Onboarding CSM");
        String type = as(ACME_ADMIN).body(Map.of("name", typeName)).post("/api/v1/owner-types")
                .then().statusCode(201).extract().path("id");
        String defaultType = defaultType(ACME_ADMIN);

        as(ACME_ADMIN).body(Map.of("userId", "user-ana")).put(owner(customer, type)).then().statusCode(200);

        as(ACME_CSM).get("/api/v1/customers/" + customer + "/owners").then().statusCode(200)
                .body("items[0].ownerTypeId", equalTo(defaultType))
                .body("items[0].userId", nullValue())
                .body("items[0].label", equalTo("Não informado"))
                .body("items.find { it.ownerTypeId == '" + type + "' }.ownerTypeName", equalTo(typeName))
                .body("items.find { it.ownerTypeId == '" + type + "' }.label", equalTo("user-ana"));
    }

    @Test
    void assigningAndClearingAnOwnerPublishesCustomerOwnerChangedWithFromAndTo() {
        String customer = createCustomer(ACME_ADMIN);
        String type = defaultType(ACME_ADMIN);

        as(ACME_ADMIN).body(Map.of("userId", "user-bia")).put(owner(customer, type)).then().statusCode(200)
                .body("userId", equalTo("user-bia"));
        as(ACME_ADMIN).body(Map.of("userId", "user-bia")).put(owner(customer, type)).then().statusCode(200);
        Map<String, Object> clear = new HashMap<>();
        clear.put("userId", null);
        as(ACME_ADMIN).body(clear).put(owner(customer, type)).then().statusCode(200).body("label", equalTo("Não informado"));

        List<KafkaMessage> changes = events(CustomerMessages.CUSTOMER_OWNER_CHANGED, customer, 2);
        JsonNode assigned = payload(changes.get(0));
        JsonNode cleared = payload(changes.get(1));
        assertThat(assigned.get("ownerTypeId").asText()).isEqualTo(type);
        assertThat(assigned.get("ownerTypeName").asText()).isEqualTo("Analista Principal");
        assertThat(assigned.path("fromUserId").asText(null)).isNull();
        assertThat(assigned.get("toUserId").asText()).isEqualTo("user-bia");
        assertThat(cleared.get("fromUserId").asText()).isEqualTo("user-bia");
        assertThat(cleared.path("toUserId").asText(null)).isNull();
        assertThat(changes.get(0).header("ce_tenantid")).isEqualTo("acme");
        assertThat(changes.get(0).key()).isEqualTo("acme:" + customer);
    }

    @Test
    void aCsmWithoutTheCustomerOwnersManagePermissionGets403AndNothingChanges() {
        String customer = createCustomer(ACME_ADMIN);
        String type = defaultType(ACME_ADMIN);

        as(ACME_CSM).body(Map.of("userId", "user-carl")).put(owner(customer, type)).then().statusCode(403);
        as(ACME_ADMIN).body(Map.of("userId", "user-carl")).put(owner(customer, type)).then().statusCode(200);
        as(ACME_CSM).get("/api/v1/customers/" + customer + "/owners").then().statusCode(200)
                .body("items[0].userId", equalTo("user-carl"));
    }

    @Test
    void anotherTenantsCustomerOrOwnerTypeIsNotFound() {
        String customer = createCustomer(ACME_ADMIN);
        String acmeType = defaultType(ACME_ADMIN);
        String globexType = defaultType(GLOBEX_ADMIN);

        as(GLOBEX_ADMIN).get("/api/v1/customers/" + customer + "/owners").then().statusCode(404)
                .contentType("application/problem+json");
        as(GLOBEX_ADMIN).body(Map.of("userId", "x")).put(owner(customer, globexType)).then().statusCode(404);
        as(ACME_ADMIN).body(Map.of("userId", "x")).put(owner(customer, globexType)).then().statusCode(404);
        as(ACME_ADMIN).get("/api/v1/customers/" + customer + "/owners").then().statusCode(200)
                .body("items.find { it.ownerTypeId == '" + acmeType + "' }.userId", nullValue());
    }

    @Test
    void anEmptyUserIdIsRefusedNamingTheField() {
        String customer = createCustomer(ACME_ADMIN);
        as(ACME_ADMIN).body(Map.of("userId", "")).put(owner(customer, defaultType(ACME_ADMIN))).then().statusCode(400)
                .body("errors[0].field", equalTo("userId"));
    }

    static String defaultType(String user) {
        return as(user).get("/api/v1/owner-types").then().statusCode(200).extract().path("items.find { it.isDefault }.id");
    }

    private static String owner(String customer, String type) {
        return "/api/v1/customers/" + customer + "/owners/" + type;
    }

    private static JsonNode payload(KafkaMessage message) {
        try {
            return EventJson.MAPPER.readTree(message.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
