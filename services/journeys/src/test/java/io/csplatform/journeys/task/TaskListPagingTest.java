package io.csplatform.journeys.task;

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

import static io.csplatform.journeys.support.Stack.as;
import static io.csplatform.journeys.support.Stack.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** The customer's task list is cursor-paginated (conventions.md): walked to the end, every task comes once, in order. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "journeys"))
class TaskListPagingTest {

    @Test
    void aListLongerThanOnePageIsWalkedToTheEndWithTheCursorGivingEveryTaskOnce() {
        UUID customer = customer();
        String tasks = "/api/v1/customers/" + customer + "/tasks";
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // two tasks per due day: the order goes on past the due date, to the creation and the id
            created.add(as("acme-csm").body(Map.of("title", "Task " + i, "dueInDays", 1 + i / 2, "labels", List.of("paged")))
                    .post(tasks).then().statusCode(201).extract().path("id"));
        }

        List<String> walked = new ArrayList<>();
        List<String> dueDates = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as("acme-csm").queryParam("limit", 3).queryParam("label", "paged");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(tasks).then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.id"));
            dueDates.addAll(page.getList("items.dueDate"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(dueDates).isSorted();
        as("acme-csm").queryParam("cursor", "not-a-cursor").get(tasks).then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        as("acme-csm").queryParam("limit", 501).get(tasks).then().statusCode(400).body("errors.field", hasItem("limit"));
    }
}
