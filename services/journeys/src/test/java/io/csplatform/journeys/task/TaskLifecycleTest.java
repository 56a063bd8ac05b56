package io.csplatform.journeys.task;

import io.csplatform.events.JourneyMessages;
import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.journeys.support.Stack.as;
import static io.csplatform.journeys.support.Stack.awaitEvent;
import static io.csplatform.journeys.support.Stack.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "journeys"))
class TaskLifecycleTest {

    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 29);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void schedulingOnAWeekendMovesToMondayOnlyWhenSkippingWeekends() {
        UUID customer = customer();
        String task = createTask(customer, Map.of("title", "Schedule me", "dueInDays", 1, "labels", List.of("sched")));

        as("acme-csm").body(Map.of("date", SATURDAY.toString(), "skipWeekends", true))
                .post("/api/v1/tasks/" + task + "/schedule").then().statusCode(200)
                .body("dueDate", equalTo(MONDAY.toString())).body("skipWeekends", equalTo(true));
        as("acme-csm").body(Map.of("date", SUNDAY.toString(), "skipWeekends", true))
                .post("/api/v1/tasks/" + task + "/schedule").then().statusCode(200).body("dueDate", equalTo(MONDAY.toString()));
        as("acme-csm").body(Map.of("date", SUNDAY.toString(), "skipWeekends", false))
                .post("/api/v1/tasks/" + task + "/schedule").then().statusCode(200).body("dueDate", equalTo(SUNDAY.toString()));

        assertThat(awaitEvent(JourneyMessages.JOURNEY_TASK_SCHEDULED, customer, "\"dueDate\":\"" + SUNDAY + "\"").value())
                .contains("\"previousDueDate\":\"" + MONDAY + "\"", "\"labels\":[\"sched\"]", "\"taskId\":\"" + task + "\"");
        as("acme-csm").body(Map.of("date", "28/11/2026")).post("/api/v1/tasks/" + task + "/schedule")
                .then().statusCode(400).body("errors.field", hasItem("date"));
    }

    @Test
    void aTaskPastItsDueDateIsOverdueUntilCompletedAndCompletionSaysHowLongItTook() {
        UUID customer = customer();
        String task = createTask(customer, Map.of("title", "Late one", "dueInDays", 0, "labels", List.of("late")));
        as("acme-csm").body(Map.of("date", "2026-01-05", "skipWeekends", false))
                .post("/api/v1/tasks/" + task + "/schedule").then().statusCode(200).body("overdue", equalTo(true));

        as("acme-csm").post("/api/v1/tasks/" + task + "/complete").then().statusCode(200)
                .body("status", equalTo("done")).body("overdue", equalTo(false));
        as("acme-csm").post("/api/v1/tasks/" + task + "/complete").then().statusCode(409);

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(awaitEvent(JourneyMessages.JOURNEY_TASK_COMPLETED, customer, task).value())
                .contains("\"completedDate\":\"" + today + "\"", "\"daysTaken\":0", "\"late\":true",
                        "\"dueDate\":\"2026-01-05\"", "\"labels\":[\"late\"]");

        as("acme-csm").post("/api/v1/tasks/" + task + "/reopen").then().statusCode(200)
                .body("status", equalTo("open")).body("completedAt", nullValue()).body("overdue", equalTo(true));
        as("acme-csm").post("/api/v1/tasks/" + task + "/reopen").then().statusCode(409);
        assertThat(awaitEvent(JourneyMessages.JOURNEY_TASK_REOPENED, customer, task).value())
                .contains("\"reopenedOn\":\"" + today + "\"");
    }

    @Test
    void checklistItemsAreCompletedOneByOneAndTheFirstCommentIsSetOnCreation() {
        UUID customer = customer();
        Map<String, Object> body = new HashMap<>(Map.of("title", "With checklist", "dueInDays", 2,
                "checklist", List.of("Access granted", "Integration tested"), "firstComment", "Started by Ana",
                "description", "Set up {customer.id}, due {task.dueDate}; {unknown.variable} stays"));
        String task = createTask(customer, body);
        List<String> items = as("acme-csm").get("/api/v1/tasks/" + task).then().statusCode(200)
                .body("comments.text", equalTo(List.of("Started by Ana")))
                .body("description", org.hamcrest.Matchers.startsWith("Set up " + customer + ", due 20"))
                .body("description", org.hamcrest.Matchers.endsWith("{unknown.variable} stays"))
                .extract().path("checklist.id");

        as("acme-csm").post("/api/v1/tasks/" + task + "/checklist/" + items.get(0) + "/complete").then().statusCode(200)
                .body("checklist.completed", equalTo(List.of(true, false)));
        as("acme-csm").post("/api/v1/tasks/" + task + "/checklist/" + items.get(0) + "/complete").then().statusCode(409);
        as("acme-csm").post("/api/v1/tasks/" + task + "/checklist/" + UUID.randomUUID() + "/complete").then().statusCode(404);
        assertThat(awaitEvent(JourneyMessages.JOURNEY_CHECKLIST_ITEM_COMPLETED, customer, "Access granted").value())
                .contains("\"itemId\":\"" + items.get(0) + "\"", "\"taskId\":\"" + task + "\"");

        as("acme-csm").body(Map.of("text", "Second thought")).post("/api/v1/tasks/" + task + "/comments")
                .then().statusCode(200).body("comments.text", equalTo(List.of("Started by Ana", "Second thought")));
        as("acme-csm").body(Map.of("contacts", List.of("bia@acme.test", "Caio"))).put("/api/v1/tasks/" + task + "/contacts")
                .then().statusCode(200).body("contacts", equalTo(List.of("bia@acme.test", "Caio")));
        as("acme-csm").body(Map.of("text", "")).post("/api/v1/tasks/" + task + "/comments")
                .then().statusCode(400).body("errors.field", hasItem("text"));
    }

    @Test
    void anotherTenantsTaskIsNotFound() {
        UUID customer = customer();
        String task = createTask(customer, Map.of("title", "Acme only", "dueInDays", 1));
        as("globex-csm").get("/api/v1/tasks/" + task).then().statusCode(404);
        as("globex-csm").post("/api/v1/tasks/" + task + "/complete").then().statusCode(404);
        as("globex-csm").body(Map.of("date", MONDAY.toString())).post("/api/v1/tasks/" + task + "/schedule")
                .then().statusCode(404);
        as("globex-csm").body(Map.of("text", "hi")).post("/api/v1/tasks/" + task + "/comments").then().statusCode(404);
        as("globex-csm").get("/api/v1/customers/" + customer + "/tasks").then().statusCode(404);
        as("acme-csm").get("/api/v1/tasks/" + task).then().statusCode(200).body("status", equalTo("open"));
    }

    @Test
    void aTaskForAStageNeedsThatStageInTheCurrentJourney() {
        as("acme-csm").body(Map.of("title", "Nowhere", "dueInDays", 1, "stage", "No such stage"))
                .post("/api/v1/customers/" + customer() + "/tasks").then().statusCode(400)
                .body("errors.field", hasItem("stage"));
    }

    @Test
    void theCustomersTasksFilterByStatusOverdueAndLabel() {
        UUID customer = customer();
        String late = createTask(customer, Map.of("title", "Late", "dueInDays", 0, "labels", List.of("billing")));
        String done = createTask(customer, Map.of("title", "Done", "dueInDays", 3));
        createTask(customer, Map.of("title", "Upcoming", "dueInDays", 5, "labels", List.of("billing")));
        as("acme-csm").body(Map.of("date", "2026-01-05")).post("/api/v1/tasks/" + late + "/schedule").then().statusCode(200);
        as("acme-csm").post("/api/v1/tasks/" + done + "/complete").then().statusCode(200);

        String tasks = "/api/v1/customers/" + customer + "/tasks";
        as("acme-csm").queryParam("overdue", true).get(tasks).then().body("items.title", equalTo(List.of("Late")));
        as("acme-csm").queryParam("status", "done").get(tasks).then().body("items.title", equalTo(List.of("Done")));
        as("acme-csm").queryParam("label", "billing").queryParam("status", "open").get(tasks).then()
                .body("items.title", equalTo(List.of("Late", "Upcoming")));
        as("acme-csm").queryParam("status", "finished").get(tasks).then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void anOwnerTypeLongerThanFortyCharactersIsRefusedNamingTheField() {
        as("acme-csm").body(Map.of("title", "Too long", "dueInDays", 1, "assignee", Map.of("ownerType", "x".repeat(41))))
                .post("/api/v1/customers/" + UUID.randomUUID() + "/tasks").then().statusCode(400)
                .body("errors.field", hasItem("assignee.ownerType"));
    }

    static String createTask(UUID customer, Map<String, Object> body) {
        return as("acme-csm").body(body).post("/api/v1/customers/" + customer + "/tasks")
                .then().statusCode(201).extract().path("id");
    }
}
