package io.csplatform.customers.imports;

import io.csplatform.events.CustomerMessages;
import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.csplatform.customers.Api.ACME_ADMIN;
import static io.csplatform.customers.Api.as;
import static io.csplatform.customers.Api.event;
import static io.csplatform.customers.Api.json;
import static io.csplatform.customers.imports.CustomerImportTest.runImport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class ContactImportTest {

    @Test
    void contactsFollowTheApiRulesBadRowsNameTheirColumnAndAReimportMatchesByEmail() {
        String m = UUID.randomUUID().toString().substring(0, 8);
        String type = "Financeiro " + m;
        String score = "nps_" + m;
        as(ACME_ADMIN).body(Map.of("name", type)).post("/api/v1/contact-types").then().statusCode(201);
        as(ACME_ADMIN).body(Map.of("key", score, "type", "number", "entity", "CONTACT"))
                .post("/api/v1/customer-attributes").then().statusCode(201);
        runImport("externalId,name\nX-" + m + ",Xis " + m + "\n");
        String customer = as(ACME_ADMIN).queryParam("q", "X-" + m).get("/api/v1/customers").then().statusCode(200)
                .extract().path("items[0].id");
        String csv = """
                customerExternalId,name,email,types,keyUser,main,attributes.%2$s
                X-%1$s,Ana,ana@x.example.com,%3$s,true,,7.5
                X-%1$s,Bruno,bruno@x.example.com,,,true,
                X-%1$s,Carla,carla@x.example.com,Desconhecido,,,
                NOPE-%1$s,Dan,dan@x.example.com,,,,
                X-%1$s,Eva,not-an-email,,,,
                X-%1$s,Fabio,fabio@x.example.com,,maybe,,
                X-%1$s,Gil,gil@x.example.com,,,,muito
                """.formatted(m, score, type);

        JsonPath first = runContacts(csv);

        assertThat(first.getInt("created")).isEqualTo(2);
        assertThat(first.getInt("failed")).isEqualTo(5);
        assertThat(first.getList("errors.row", Integer.class)).containsExactly(4, 5, 6, 7, 8);
        assertThat(first.getList("errors.field", String.class))
                .containsExactly("types[0]", "customerExternalId", "email", "keyUser", "attributes." + score);
        JsonPath contacts = as(ACME_ADMIN).get("/api/v1/customers/" + customer + "/contacts").then().statusCode(200)
                .extract().jsonPath();
        assertThat(contacts.getList("items.name", String.class)).containsExactly("Bruno", "Ana");
        assertThat(contacts.getBoolean("items[0].main")).isTrue();
        assertThat(contacts.getBoolean("items[1].keyUser")).isTrue();
        assertThat(contacts.getList("items[1].types", String.class)).containsExactly(type);
        assertThat(contacts.getDouble("items[1].attributes." + score)).isEqualTo(7.5);
        String ana = contacts.getString("items[1].id");
        var anaCreated = json(event(CustomerMessages.CONTACT_CREATED, customer));
        assertThat(anaCreated.get("customerId").asText()).isEqualTo(customer);
        assertThat(anaCreated.get("types").get(0).asText()).isEqualTo(type);

        JsonPath again = runContacts(csv);
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(2);

        JsonPath renamed = runContacts("customerExternalId,name,email\nX-" + m + ",Ana Maria,ANA@X.example.com\n");
        assertThat(renamed.getInt("updated")).isEqualTo(1);
        as(ACME_ADMIN).get("/api/v1/customers/" + customer + "/contacts").then()
                .body("items.find { it.id == '%s' }.name".formatted(ana), equalTo("Ana Maria"))
                .body("items.size()", equalTo(2));
    }

    @Test
    void anUnknownColumnOrAttributeIsRefusedUpFrontNamingIt() {
        as(ACME_ADMIN).contentType("text/csv").body("customerExternalId,name,attributes.nope_" + UUID.randomUUID() + "\n")
                .post("/api/v1/imports/contacts").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("attributes.nope_"));
        as(ACME_ADMIN).contentType("text/csv").body("name,email\nA,a@b.example.com\n").post("/api/v1/imports/contacts")
                .then().statusCode(400).body("errors[0].field", equalTo("customerExternalId"));
    }

    private static JsonPath runContacts(String csv) {
        String location = as(ACME_ADMIN).contentType("text/csv").body(csv).post("/api/v1/imports/contacts")
                .then().statusCode(202).extract().header("Location");
        return CustomerImportTest.finished(location.substring(location.indexOf("/api/")));
    }
}
