package io.csplatform.customers.settings;

import io.csplatform.customers.status.CustomerStatusService;
import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.customers.Api.ACME_ADMIN;
import static io.csplatform.customers.Api.ACME_CSM;
import static io.csplatform.customers.Api.GLOBEX_ADMIN;
import static io.csplatform.customers.Api.as;
import static io.csplatform.customers.Api.createCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Every list of the customers service that can grow is cursor-paginated (conventions.md): walked to the end with a
 * small limit, each gives every item once, in its order, and a cursor it did not give is a 400 naming {@code cursor}.
 * The customer statuses are a vocabulary with a cap instead.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class ListPagingTest {

    @Test
    void portfoliosAreWalkedToTheEndByName() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // upper and lower case mixed: the order ignores case
            String name = (i % 2 == 0 ? "paged " : "PAGED ") + UUID.randomUUID();
            created.add(as(ACME_ADMIN).body(Map.of("name", name)).post("/api/v1/portfolios").then().statusCode(201)
                    .extract().path("id"));
        }
        assertWalksEveryItemOnce("/api/v1/portfolios", created, "items.id");
    }

    @Test
    void contactTypesAreWalkedToTheEndByName() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(as(ACME_ADMIN).body(Map.of("name", "Paged " + UUID.randomUUID().toString().substring(0, 8)))
                    .post("/api/v1/contact-types").then().statusCode(201).extract().path("id"));
        }
        assertWalksEveryItemOnce("/api/v1/contact-types", created, "items.id");
    }

    @Test
    void ownerTypesAndACustomersOwnersAreWalkedToTheEndDefaultFirst() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            created.add(as(ACME_ADMIN).body(Map.of("name", "Paged " + UUID.randomUUID().toString().substring(0, 8)))
                    .post("/api/v1/owner-types").then().statusCode(201).extract().path("id"));
        }
        List<String> types = assertWalksEveryItemOnce("/api/v1/owner-types", created, "items.id");
        String defaultType = as(ACME_ADMIN).queryParam("limit", 500).get("/api/v1/owner-types").then().statusCode(200)
                .extract().path("items.find { it.isDefault }.id");
        assertThat(types.get(0)).isEqualTo(defaultType);

        String customer = createCustomer(ACME_ADMIN);
        List<String> owners = assertWalksEveryItemOnce("/api/v1/customers/" + customer + "/owners", created, "items.ownerTypeId");
        assertThat(owners).as("one entry per owner type, in the owner types' order").isEqualTo(types);
    }

    @Test
    void attributeDefinitionsAreWalkedToTheEndByKey() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String key = "paged" + UUID.randomUUID().toString().substring(0, 8);
            as(ACME_ADMIN).body(Map.of("key", key, "type", "text", "entity", "CONTACT"))
                    .post("/api/v1/customer-attributes").then().statusCode(201);
            created.add(key);
        }
        String path = "/api/v1/customer-attributes?entity=CONTACT";
        assertWalksEveryItemOnce(path, created, "items.key");
    }

    @Test
    void usersAreWalkedToTheEndOnePerPage() {
        List<String> all = as(ACME_CSM).queryParam("limit", 500).get("/api/v1/users").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        List<String> walked = walk("/api/v1/users", 1, "items.id");
        assertThat(walked).doesNotHaveDuplicates().containsExactlyElementsOf(all);
        as(ACME_CSM).queryParam("cursor", "LTE").get("/api/v1/users").then().statusCode(400) // "-1"
                .body("errors.field", hasItem("cursor"));
    }

    @Test
    void aTenantHasAtMostTheCappedNumberOfStatusesAndOneMoreIsAConflictNamingTheCode() {
        int count = as(GLOBEX_ADMIN).get("/api/v1/customer-statuses").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
        for (int i = count; i < CustomerStatusService.MAX; i++) {
            as(GLOBEX_ADMIN).body(Map.of("code", "capped-" + i)).post("/api/v1/customer-statuses").then()
                    .statusCode(200);
        }
        as(GLOBEX_ADMIN).body(Map.of("code", "one-too-many")).post("/api/v1/customer-statuses").then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("code"));
        as(GLOBEX_ADMIN).get("/api/v1/customer-statuses").then().statusCode(200)
                .body("items.size()", equalTo(CustomerStatusService.MAX));
    }

    /**
     * Walks {@code path} two items a page: every item of the whole list (one page of 500) comes once and in its
     * order, the created ones among them.
     */
    private static List<String> assertWalksEveryItemOnce(String path, List<String> created, String ids) {
        List<String> all = as(ACME_CSM).queryParam("limit", 500).get(path).then().statusCode(200)
                .extract().jsonPath().getList(ids);
        List<String> walked = walk(path, 2, ids);
        assertThat(walked).doesNotHaveDuplicates().containsAll(created).containsExactlyElementsOf(all);
        as(ACME_CSM).queryParam("cursor", "not-a-cursor").get(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("cursor"));
        as(ACME_CSM).queryParam("limit", 501).get(path).then().statusCode(400).body("errors.field", hasItem("limit"));
        return walked;
    }

    private static List<String> walk(String path, int limit, String ids) {
        List<String> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(ACME_CSM).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            List<String> items = page.getList(ids);
            assertThat(items).hasSizeLessThanOrEqualTo(limit);
            walked.addAll(items);
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 1000);
        assertThat(pages).as("pages of " + path).isGreaterThan(1);
        return walked;
    }
}
