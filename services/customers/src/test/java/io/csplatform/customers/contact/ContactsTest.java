package io.csplatform.customers.contact;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.customers.Api;
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
import static io.csplatform.customers.Api.event;
import static io.csplatform.customers.Api.events;
import static io.csplatform.customers.Api.json;
import static io.csplatform.customers.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class ContactsTest {

    private static final String TYPES = "/api/v1/contact-types";

    @Test
    void theFirstContactBecomesMainAndANewMainDemotesTheOld() {
        String customer = createCustomer(ACME_ADMIN);
        String finance = contactType(unique("Financeiro"));
        String first = add(customer, Map.of("name", "Ana", "email", "ana@acme.example.com", "main", false));
        String second = add(customer, Map.of("name", "Bia", "phone", "+55 11 99999-0000", "types", List.of(finance),
                "birthday", "1990-05-01"));

        assertThat(mains(customer)).containsExactly(first);
        as(ACME_CSM).body(Map.of("main", true)).patch(contacts(customer) + "/" + second).then().statusCode(200)
                .body("main", equalTo(true));
        assertThat(mains(customer)).containsExactly(second);
        as(ACME_CSM).body(Map.of("main", false)).patch(contacts(customer) + "/" + second).then().statusCode(409)
                .contentType("application/problem+json");

        JsonNode created = json(event(CustomerMessages.CONTACT_CREATED, customer));
        assertThat(created.get("main").asBoolean()).isTrue();
        assertThat(created.has("phone")).isFalse();
        assertThat(created.get("types")).isEmpty();
        JsonNode bia = events(CustomerMessages.CONTACT_CREATED, customer, 2).stream().map(Api::json)
                .filter(e -> e.get("contactId").asText().equals(second)).findFirst().orElseThrow();
        assertThat(bia.get("phone").asText()).isEqualTo("+55 11 99999-0000");
        assertThat(bia.get("birthday").asText()).isEqualTo("1990-05-01");
        assertThat(bia.get("types")).extracting(JsonNode::asText).containsExactly(finance);
        JsonNode updated = json(event(CustomerMessages.CONTACT_UPDATED, customer));
        assertThat(updated.get("contactId").asText()).isEqualTo(second);
        assertThat(updated.get("changes").get("main").get("to").asBoolean()).isTrue();

        as(ACME_CSM).body(Map.of("birthday", "1990-06-02", "types", List.of())).patch(contacts(customer) + "/" + second)
                .then().statusCode(200);
        JsonNode changes = json(events(CustomerMessages.CONTACT_UPDATED, customer, 2).get(1)).get("changes");
        assertThat(changes.get("birthday").get("from").asText()).isEqualTo("1990-05-01");
        assertThat(changes.get("birthday").get("to").asText()).isEqualTo("1990-06-02");
        assertThat(changes.get("types").get("from")).extracting(JsonNode::asText).containsExactly(finance);
        assertThat(changes.get("types").get("to")).isEmpty();
    }

    @Test
    void deactivatingTheMainKeyUserHandsMainOverAndPublishesAChurnSignal() {
        String customer = createCustomer(ACME_ADMIN);
        String champion = add(customer, Map.of("name", "Carla", "email", "carla@acme.example.com", "keyUser", true));
        String other = add(customer, Map.of("name", "Davi"));

        as(ACME_CSM).contentType("application/merge-patch+json").body("{\"active\": false}")
                .patch(contacts(customer) + "/" + champion).then().statusCode(200)
                .body("active", equalTo(false)).body("main", equalTo(false));

        assertThat(mains(customer)).containsExactly(other);
        JsonNode deactivated = json(event(CustomerMessages.CONTACT_DEACTIVATED, customer));
        assertThat(deactivated.get("contactId").asText()).isEqualTo(champion);
        assertThat(deactivated.get("keyUser").asBoolean()).isTrue();
        assertThat(deactivated.get("wasMain").asBoolean()).isTrue();
        assertThat(deactivated.get("newMainContactId").asText()).isEqualTo(other);
        as(ACME_CSM).body(Map.of("main", true)).patch(contacts(customer) + "/" + champion).then().statusCode(409);
    }

    @Test
    void badContactsAreRefusedNamingTheField() {
        String customer = createCustomer(ACME_ADMIN);

        as(ACME_CSM).body(Map.of("email", "x@y.z")).post(contacts(customer)).then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        as(ACME_CSM).body(Map.of("name", "E", "email", "not-an-email")).post(contacts(customer)).then().statusCode(400)
                .body("errors[0].field", equalTo("email"));
        as(ACME_CSM).body(Map.of("name", "K", "keyUser", "yes")).post(contacts(customer)).then().statusCode(400)
                .body("errors[0].field", equalTo("keyUser"));
    }

    @Test
    void anotherTenantsCustomerContactsAreNotFound() {
        String customer = createCustomer(ACME_ADMIN);
        String contact = add(customer, Map.of("name", "Eva"));

        as(GLOBEX_ADMIN).get(contacts(customer)).then().statusCode(404);
        as(GLOBEX_ADMIN).get(contacts(customer) + "/" + contact).then().statusCode(404);
        as(GLOBEX_ADMIN).body(Map.of("name", "Mallory")).post(contacts(customer)).then().statusCode(404);
        as(GLOBEX_ADMIN).body(Map.of("active", false)).patch(contacts(customer) + "/" + contact).then().statusCode(404);
        as(ACME_CSM).get(contacts(customer) + "/" + contact).then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void contactTypesAreTheTenantsListUniqueIgnoringCaseAndATypeInUseStays() {
        String customer = createCustomer(ACME_ADMIN);
        String name = unique("Decisor");
        String id = as(ACME_ADMIN).body(Map.of("name", name)).post(TYPES).then().statusCode(201)
                .body("name", equalTo(name)).extract().path("id");

        as(ACME_ADMIN).body(Map.of("name", name.toUpperCase())).post(TYPES).then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("name"));
        as(ACME_ADMIN).body(Map.of("name", "x".repeat(41))).post(TYPES).then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        as(ACME_CSM).body(Map.of("name", unique("Csm type"))).post(TYPES).then().statusCode(403);
        as(ACME_CSM).body(Map.of("name", unique("Csm type"))).patch(TYPES + "/" + id).then().statusCode(403);
        as(ACME_CSM).delete(TYPES + "/" + id).then().statusCode(403);
        assertThat(as(ACME_CSM).get(TYPES).then().statusCode(200).extract().jsonPath().<String>getList("items.name"))
                .contains(name);
        assertThat(as(GLOBEX_ADMIN).get(TYPES).then().statusCode(200).extract().jsonPath().<String>getList("items.name"))
                .doesNotContain(name);
        as(GLOBEX_ADMIN).get(TYPES + "/" + id).then().statusCode(404);

        as(ACME_CSM).body(Map.of("name", "Gil", "types", List.of(name, unique("Unknown")))).post(contacts(customer)).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("types[1]"));
        String contact = add(customer, Map.of("name", "Gil", "types", List.of(name.toLowerCase())));
        as(ACME_CSM).get(contacts(customer) + "/" + contact).then().statusCode(200).body("types", equalTo(List.of(name)));

        String renamed = unique("Sponsor");
        as(ACME_ADMIN).body(Map.of("name", renamed)).patch(TYPES + "/" + id).then().statusCode(200)
                .body("name", equalTo(renamed));
        as(ACME_CSM).get(contacts(customer) + "/" + contact).then().statusCode(200).body("types", equalTo(List.of(renamed)));
        as(ACME_ADMIN).delete(TYPES + "/" + id).then().statusCode(409).contentType("application/problem+json");

        as(ACME_CSM).body(Map.of("types", List.of())).patch(contacts(customer) + "/" + contact).then().statusCode(200);
        as(ACME_ADMIN).delete(TYPES + "/" + id).then().statusCode(204);
        as(ACME_CSM).get(TYPES + "/" + id).then().statusCode(404);
        as(ACME_CSM).body(Map.of("types", List.of(renamed))).patch(contacts(customer) + "/" + contact).then()
                .statusCode(400).body("errors[0].field", equalTo("types[0]"));
    }

    private static String contactType(String name) {
        as(ACME_ADMIN).body(Map.of("name", name)).post(TYPES).then().statusCode(201);
        return name;
    }

    private static String add(String customer, Map<String, ?> body) {
        return as(ACME_CSM).body(body).post(contacts(customer)).then().statusCode(201).extract().path("id");
    }

    private static List<String> mains(String customer) {
        return as(ACME_CSM).get(contacts(customer)).then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.main }.id");
    }

    private static String contacts(String customer) {
        return "/api/v1/customers/" + customer + "/contacts";
    }
}
