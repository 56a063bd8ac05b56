package io.csplatform.customers.contact;

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
import static io.csplatform.customers.Api.ACME_CSM;
import static io.csplatform.customers.Api.as;
import static io.csplatform.customers.Api.createCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** A customer's contacts are cursor-paginated (conventions.md): walked to the end, every contact comes once, in order. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "customers"))
class ContactListPagingTest {

    @Test
    void aListLongerThanOnePageIsWalkedToTheEndWithTheCursorGivingEveryContactOnce() {
        String customer = createCustomer(ACME_ADMIN);
        String contacts = "/api/v1/customers/" + customer + "/contacts";
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(as(ACME_CSM).body(Map.of("name", "Contact " + i)).post(contacts).then().statusCode(201)
                    .extract().path("id"));
        }
        as(ACME_CSM).body(Map.of("active", false)).patch(contacts + "/" + created.get(1)).then().statusCode(200);

        List<String> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(ACME_CSM).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(contacts).then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(4);
        assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(walked.get(0)).isEqualTo(created.get(0));
        assertThat(walked.get(6)).as("the inactive contact comes last").isEqualTo(created.get(1));
        as(ACME_CSM).queryParam("cursor", "bm9wZQ").get(contacts).then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
    }
}
