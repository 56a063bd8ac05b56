package io.csplatform.contracts.amendment;

import io.csplatform.events.Topic;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** A contract's amendments are cursor-paginated (conventions.md): walked to the end, each comes once, in order. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "contracts"))
class AmendmentListPagingTest {

    private static final TestPlatform PLATFORM = new TestPlatform(Topic.CONTRACTS_EVENTS, "mrr");

    @Test
    void aListLongerThanOnePageIsWalkedToTheEndWithTheCursorGivingEveryAmendmentOnce() {
        UUID customerId = PLATFORM.customer("acme", null);
        String contractId = as("acme-csm").body(Map.of("customerId", customerId, "mrr", new BigDecimal("100.00"),
                        "currency", "BRL", "startDate", "2026-01-01", "endDate", "2026-12-31"))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        String amendments = "/api/v1/contracts/" + contractId + "/amendments";
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(as("acme-csm").body(Map.of("kind", "UPSELL", "mrr", new BigDecimal(200 + 10 * i),
                            "effectiveDate", "2026-0" + (2 + i / 2) + "-01"))
                    .post(amendments).then().statusCode(201).extract().path("id"));
        }

        List<String> walked = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as("acme-csm").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(amendments).then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.id"));
            dates.addAll(page.getList("items.effectiveDate"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(dates).isSorted();
        as("acme-csm").queryParam("cursor", "eA").get(amendments).then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
    }
}
