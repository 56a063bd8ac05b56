package io.csplatform.journeys.board;

import io.csplatform.events.CustomerMessages;
import io.csplatform.events.payload.CustomerOwnerChanged;
import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.journeys.support.Stack.as;
import static io.csplatform.journeys.support.Stack.customer;
import static io.csplatform.journeys.support.Stack.publishEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The lists of journeys that grow are cursor-paginated (conventions.md): the caller's board, the journey templates and
 * a customer's task owners, walked to the end, give every item once, in order.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "journeys"))
class BoardListPagingTest {

    private static final String BOARD = "/api/v1/board/tasks";
    private static final String TEMPLATES = "/api/v1/journey-templates";

    @Test
    void theBoardIsWalkedToTheEndWithTheCursorGivingEveryCardOnceByStartTime() {
        // a user of its own so the board holds exactly these cards; two cards share a start time (the id breaks the tie)
        UUID customer = customer("globex");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String startAt = "2031-03-0" + (3 + i / 2) + "T10:00:00Z";
            created.add(as("globex-csm").body(Map.of("customerId", customer.toString(), "title", "Card " + i,
                            "startAt", startAt, "durationMinutes", 15))
                    .post(BOARD).then().statusCode(201).extract().path("id"));
        }

        List<String> walked = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        int pages = walk("globex-csm", BOARD, 3, page -> {
            walked.addAll(page.getList("items.id"));
            page.<String>getList("items.startAt").forEach(at -> starts.add(Instant.parse(at)));
        });

        List<String> mine = walked.stream().filter(created::contains).toList();
        assertThat(mine).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(walked).doesNotHaveDuplicates();
        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(starts).isSorted();
        as("globex-csm").queryParam("cursor", "not-a-cursor").get(BOARD).then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        as("globex-csm").queryParam("limit", 0).get(BOARD).then().statusCode(400).body("errors.field", hasItem("limit"));
    }

    @Test
    void theTemplatesAreWalkedToTheEndWithTheCursorGivingEveryTemplateOnce() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            created.add(as("acme-admin").body(Map.of("name", "Paged " + UUID.randomUUID(), "stages", List.of(Map.of(
                            "name", "Only", "tasks", List.of(Map.of("title", "T", "dueInDays", 1))))))
                    .post(TEMPLATES).then().statusCode(201).extract().path("id"));
        }
        List<String> all = as("acme-csm").queryParam("limit", 500).get(TEMPLATES).then().statusCode(200)
                .extract().jsonPath().getList("items.id");

        List<String> walked = new ArrayList<>();
        int pages = walk("acme-csm", TEMPLATES, 2, page -> walked.addAll(page.getList("items.id")));

        assertThat(walked).doesNotHaveDuplicates().containsAll(created).containsExactlyElementsOf(all);
        assertThat(pages).isEqualTo((all.size() + 1) / 2);
        as("acme-csm").queryParam("cursor", "bad").get(TEMPLATES).then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
    }

    @Test
    void aCustomersTaskOwnersAreWalkedToTheEndByOwnerTypeName() {
        UUID customer = customer();
        for (String type : List.of("Zeta", "Alpha", "Mid")) {
            publishEvent(CustomerMessages.CUSTOMER_OWNER_CHANGED, "acme", customer,
                    new CustomerOwnerChanged(customer, UUID.randomUUID(), type, null, "user-" + type));
        }
        String owners = "/api/v1/customers/" + customer + "/task-owners";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("acme-csm").queryParam("limit", 500).get(owners)
                .then().statusCode(200).body("items.size()", equalTo(3)));

        List<String> walked = new ArrayList<>();
        int pages = walk("acme-csm", owners, 2, page -> walked.addAll(page.getList("items.ownerTypeName")));

        assertThat(pages).isEqualTo(2);
        assertThat(walked).containsExactly("Alpha", "Mid", "Zeta");
        as("acme-csm").queryParam("cursor", "not-a-cursor").get(owners).then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
    }

    /** Reads every page of {@code path} as {@code user}; answers the number of pages. */
    private static int walk(String user, String path, int limit, java.util.function.Consumer<JsonPath> each) {
        String cursor = null;
        int pages = 0;
        do {
            var request = as(user).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(limit);
            each.accept(page);
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 1000);
        return pages;
    }
}
