package io.csplatform.customers.customer;

import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.csplatform.customers.Api.ACME_ADMIN;
import static io.csplatform.customers.Api.GLOBEX_ADMIN;
import static io.csplatform.customers.Api.as;
import static io.csplatform.customers.Api.createCustomer;
import static io.csplatform.customers.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class CustomerListTest {

    @Test
    void aCursorWalksEveryMatchingCustomerOnceInNameOrder() {
        String tag = unique("page").replace(' ', '-');
        List<String> ids = new ArrayList<>();
        for (String name : List.of("Echo", "Alpha", "Delta", "Charlie", "Bravo")) {
            ids.add(createCustomer(ACME_ADMIN, Map.of("name", name + " " + tag, "tags", List.of(tag))));
        }

        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(ACME_ADMIN).queryParam("tag", tag).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/customers").then().statusCode(200).extract().jsonPath();
            names.addAll(page.getList("items.name"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(names).containsExactly("Alpha " + tag, "Bravo " + tag, "Charlie " + tag, "Delta " + tag, "Echo " + tag);
    }

    @Test
    void filtersByStatusSegmentOwnerAndText() {
        String marker = unique("filter").replace(' ', '-');
        String target = createCustomer(ACME_ADMIN, Map.of("name", "Target " + marker, "externalId", marker,
                "status", "churned", "segments", List.of("Enterprise-" + marker)));
        createCustomer(ACME_ADMIN, Map.of("name", "Other " + marker, "status", "active"));
        String type = as(ACME_ADMIN).get("/api/v1/owner-types").then().extract().path("items.find { it.isDefault }.id");
        as(ACME_ADMIN).body(Map.of("userId", "owner-" + marker)).put("/api/v1/customers/" + target + "/owners/" + type)
                .then().statusCode(200);

        assertThat(ids(Map.of("q", marker))).hasSize(2);
        assertThat(ids(Map.of("q", marker, "status", "churned"))).containsExactly(target);
        assertThat(ids(Map.of("segment", "Enterprise-" + marker))).containsExactly(target);
        assertThat(ids(Map.of("owner", "owner-" + marker))).containsExactly(target);
        assertThat(ids(Map.of("q", "target " + marker))).containsExactly(target);
        assertThat(ids(Map.of("q", "%"))).doesNotContain(target);
        as(GLOBEX_ADMIN).queryParam("q", marker).get("/api/v1/customers").then().body("items.size()", equalTo(0));
    }

    @Test
    void aForgedCursorOrLimitIsABadRequest() {
        as(ACME_ADMIN).queryParam("cursor", "not-a-cursor").get("/api/v1/customers").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(ACME_ADMIN).queryParam("limit", 501).get("/api/v1/customers").then().statusCode(400);
    }

    private static List<String> ids(Map<String, String> query) {
        return as(ACME_ADMIN).queryParams(query).get("/api/v1/customers").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
    }

    @Test
    void aQueryParameterThatDoesNotParseIsA400NamingItNotA404() {
        as(ACME_ADMIN).queryParam("limit", "abc").get("/api/v1/customers").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].message", equalTo("must be an integer, not 'abc'"));
        as(ACME_ADMIN).queryParam("portfolio", "42").get("/api/v1/customers").then().statusCode(400)
                .body("errors[0].field", equalTo("portfolio"))
                .body("errors[0].message", equalTo("must be a UUID, not '42'"));
    }

    @Test
    void aBodyThatIsNotJsonIsA400SayingSo() {
        as(ACME_ADMIN).contentType("application/json").body("{bad json").post("/api/v1/customers").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://csplatform.io/problems/malformed-json"))
                .body("detail", org.hamcrest.Matchers.containsString("Unexpected character"));
    }

    @Test
    void theNulCharacterWhichTheDatabaseCannotStoreIsA400NamingWhereItWas() {
        as(ACME_ADMIN).queryParam("q", "Acme\u0000").get("/api/v1/customers").then().statusCode(400)
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", equalTo("must not contain the NUL character (\\u0000)"));
        as(ACME_ADMIN).body("{\"name\": \"Acme\\u0000\", \"tags\": [\"a\\u0000\"]}").post("/api/v1/customers").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must not contain the NUL character (\\u0000)"));
        as(ACME_ADMIN).body("{\"name\": \"Acme\", \"tags\": [\"a\\u0000\"]}").post("/api/v1/customers").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("tags[0]"));
    }
}
