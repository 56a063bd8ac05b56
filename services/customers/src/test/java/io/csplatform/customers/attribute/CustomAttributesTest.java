package io.csplatform.customers.attribute;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.CustomerMessages;
import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.customers.Api.ACME_ADMIN;
import static io.csplatform.customers.Api.ACME_CSM;
import static io.csplatform.customers.Api.GLOBEX_ADMIN;
import static io.csplatform.customers.Api.as;
import static io.csplatform.customers.Api.createCustomer;
import static io.csplatform.customers.Api.event;
import static io.csplatform.customers.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class CustomAttributesTest {

    @Test
    void valuesAreValidatedAgainstTheTenantsTypedDefinitions() {
        String p = "a" + UUID.randomUUID().toString().substring(0, 8);
        define(p + "_seats", "number", null);
        define(p + "_renewal", "date", null);
        define(p + "_tier", "option", List.of("gold", "silver"));
        define(p + "_note", "text", null);
        define(p + "_strategic", "boolean", null);
        String id = createCustomer(ACME_ADMIN, Map.of("name", "Attrs " + p, "attributes", Map.of(p + "_seats", 25)));
        String path = "/api/v1/customers/" + id;

        as(ACME_CSM).body(Map.of("attributes", Map.of(p + "_tier", "gold", p + "_renewal", "2027-03-01",
                p + "_note", "Champion is the CFO", p + "_strategic", true))).patch(path).then().statusCode(200)
                .body("attributes." + p + "_seats", equalTo(25)).body("attributes." + p + "_tier", equalTo("gold"));
        JsonNode changes = json(event(CustomerMessages.CUSTOMER_UPDATED, id)).get("changes");
        assertThat(changes.get("attributes." + p + "_tier").get("to").asText()).isEqualTo("gold");

        bad(path, p + "_seats", "many");
        bad(path, p + "_renewal", "01/03/2027");
        bad(path, p + "_tier", "bronze");
        bad(path, p + "_strategic", "yes");
        bad(path, p + "_unknown", "x");
        as(GLOBEX_ADMIN).body(Map.of("name", "Other tenant", "attributes", Map.of(p + "_seats", 1)))
                .post("/api/v1/customers").then().statusCode(400).body("errors[0].field", equalTo("attributes." + p + "_seats"));
    }

    @Test
    void definitionsAreCheckedAndOnlyAdminsAddThem() {
        String key = "b" + UUID.randomUUID().toString().substring(0, 8);
        as(ACME_ADMIN).body(Map.of("key", key, "type", "option")).post("/api/v1/customer-attributes").then()
                .statusCode(400).body("errors[0].field", equalTo("options"));
        as(ACME_ADMIN).body(Map.of("key", key, "type", "colour")).post("/api/v1/customer-attributes").then()
                .statusCode(400).body("errors[0].field", equalTo("type"));
        as(ACME_CSM).body(Map.of("key", key, "type", "text")).post("/api/v1/customer-attributes").then().statusCode(403);
        define(key, "text", null);
        as(ACME_ADMIN).body(Map.of("key", key, "type", "text")).post("/api/v1/customer-attributes").then().statusCode(409);
    }

    @Test
    void contactsHoldTheirOwnTypedAttributesValidatedLikeCustomers() {
        String p = "c" + UUID.randomUUID().toString().substring(0, 8);
        defineForContacts(p + "_nps", "number", null);
        defineForContacts(p + "_role", "option", List.of("sponsor", "user"));
        defineForContacts(p + "_since", "date", null);
        define(p + "_seats", "number", null);
        String customer = createCustomer(ACME_ADMIN);
        String contacts = "/api/v1/customers/" + customer + "/contacts";

        String contact = as(ACME_CSM).body(Map.of("name", "Hugo", "attributes", Map.of(p + "_nps", 9, p + "_role", "sponsor")))
                .post(contacts).then().statusCode(201).body("attributes." + p + "_nps", equalTo(9))
                .extract().path("id");
        String path = contacts + "/" + contact;
        JsonNode created = json(event(CustomerMessages.CONTACT_CREATED, customer)).get("attributes");
        assertThat(created.get(p + "_role").asText()).isEqualTo("sponsor");
        as(ACME_CSM).body(Map.of("attributes", Map.of(p + "_since", "2024-02-01"))).patch(path).then().statusCode(200);
        as(ACME_CSM).get(path).then().statusCode(200).body("attributes." + p + "_nps", equalTo(9))
                .body("attributes." + p + "_role", equalTo("sponsor")).body("attributes." + p + "_since", equalTo("2024-02-01"));
        JsonNode changes = json(event(CustomerMessages.CONTACT_UPDATED, customer)).get("changes");
        assertThat(changes.get("attributes." + p + "_since").get("to").asText()).isEqualTo("2024-02-01");

        bad(path, p + "_nps", "ten");
        bad(path, p + "_role", "champion");
        bad(path, p + "_since", "01/02/2024");
        bad(path, p + "_seats", 3);
        as(ACME_CSM).body(Map.of("name", "Ivo", "attributes", Map.of(p + "_role", "boss"))).post(contacts).then()
                .statusCode(400).body("errors[0].field", equalTo("attributes." + p + "_role"));
        assertThat(as(ACME_CSM).get("/api/v1/customer-attributes?entity=CONTACT").then().statusCode(200).extract()
                .jsonPath().<String>getList("items.key")).contains(p + "_nps").doesNotContain(p + "_seats");
        assertThat(as(ACME_CSM).get("/api/v1/customer-attributes").then().statusCode(200).extract()
                .jsonPath().<String>getList("items.key")).contains(p + "_seats").doesNotContain(p + "_nps");
    }

    private static void defineForContacts(String key, String type, List<String> options) {
        Map<String, Object> body = options == null ? Map.of("key", key, "type", type, "entity", "CONTACT")
                : Map.of("key", key, "type", type, "options", options, "entity", "CONTACT");
        as(ACME_ADMIN).body(body).post("/api/v1/customer-attributes").then().statusCode(201);
    }

    private static void define(String key, String type, List<String> options) {
        Map<String, Object> body = options == null ? Map.of("key", key, "type", type)
                : Map.of("key", key, "type", type, "options", options);
        as(ACME_ADMIN).body(body).post("/api/v1/customer-attributes").then().statusCode(201);
    }

    private static void bad(String path, String key, Object value) {
        as(ACME_CSM).body(Map.of("attributes", Map.of(key, value))).patch(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("attributes." + key));
    }
}
