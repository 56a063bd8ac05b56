package io.csplatform.journeys.board;

import io.csplatform.events.JourneyMessages;
import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

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
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "journeys"))
class BoardTest {

    @Test
    void durationsAreMultiplesOfFifteenMinutesAndOthersAreRefusedNamingTheField() {
        UUID customer = customer();
        for (int minutes : new int[] {0, 20, 50, -15, 1455}) {
            as("acme-csm").body(card(customer, "Bad " + minutes, "2026-12-01T14:00:00Z", minutes, false))
                    .post("/api/v1/board/tasks").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("durationMinutes")));
        }
        for (int minutes : new int[] {15, 45, 90}) {
            as("acme-csm").body(card(customer, "Good " + minutes, "2026-12-01T14:00:00Z", minutes, false))
                    .post("/api/v1/board/tasks").then().statusCode(201).body("durationMinutes", equalTo(minutes));
        }
        as("acme-csm").body(Map.of("customerId", customer.toString(), "title", "No duration", "startAt", "2026-12-01T14:00:00Z"))
                .post("/api/v1/board/tasks").then().statusCode(400).body("errors.field", hasItem("durationMinutes"));
    }

    @Test
    void aCardOnASaturdayMovesToMondayAndCarriesItsMainContactAndLabels() {
        UUID customer = customer();
        Map<String, Object> body = card(customer, "Value meeting", "2026-11-28T13:30:00Z", 30, true);
        body.put("mainContact", "Ana <ana@acme.test>");
        body.put("labels", List.of("value"));
        String id = as("acme-csm").body(body).post("/api/v1/board/tasks").then().statusCode(201)
                .body("startAt", equalTo("2026-11-30T13:30:00Z")).body("endAt", equalTo("2026-11-30T14:00:00Z"))
                .body("mainContact", equalTo("Ana <ana@acme.test>")).body("status", equalTo("open"))
                .extract().path("id");

        assertThat(awaitEvent(JourneyMessages.BOARD_TASK_CREATED, customer, id).value())
                .contains("\"durationMinutes\":30", "\"startAt\":\"2026-11-30T13:30:00Z\"", "\"labels\":[\"value\"]",
                        "\"mainContact\":\"Ana <ana@acme.test>\"");
        as("acme-csm").get("/api/v1/board/tasks").then().statusCode(200).body("items.id", hasItem(id));
        as("acme-admin").get("/api/v1/board/tasks").then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void onlyTheCardsOwnerCompletesItOnce() {
        UUID customer = customer();
        String id = as("acme-csm").body(card(customer, "Call", "2026-12-02T10:00:00Z", 15, false))
                .post("/api/v1/board/tasks").then().statusCode(201).extract().path("id");
        as("acme-admin").post("/api/v1/board/tasks/" + id + "/complete").then().statusCode(404);
        as("globex-csm").post("/api/v1/board/tasks/" + id + "/complete").then().statusCode(404);

        as("acme-csm").post("/api/v1/board/tasks/" + id + "/complete").then().statusCode(200)
                .body("status", equalTo("done"));
        as("acme-csm").post("/api/v1/board/tasks/" + id + "/complete").then().statusCode(409);
        assertThat(awaitEvent(JourneyMessages.BOARD_TASK_COMPLETED, customer, id).value()).contains("\"title\":\"Call\"");
    }

    private static Map<String, Object> card(UUID customer, String title, String startAt, int minutes, boolean skip) {
        return new HashMap<>(Map.of("customerId", customer.toString(), "title", title, "startAt", startAt,
                "durationMinutes", minutes, "skipWeekends", skip));
    }
}
