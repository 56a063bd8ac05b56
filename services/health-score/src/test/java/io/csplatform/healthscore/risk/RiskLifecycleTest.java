package io.csplatform.healthscore.risk;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.HealthScoreMessages;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.BoardTaskCompleted;
import io.csplatform.events.payload.BoardTaskCreated;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static io.csplatform.testing.TestPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "healthscore"))
class RiskLifecycleTest {

    static final TestPlatform PLATFORM = new TestPlatform(Topic.HEALTHSCORE_EVENTS, "risks");

    @Test
    void aRiskIsFlaggedPlannedWorkedThroughItsTasksFollowedUpAndClosedPublishingEachStep() {
        UUID customerId = PLATFORM.customer("acme", null);
        String id = as("acme-csm").body(Map.of("customerId", customerId, "reason", "lack-of-use", "diagnosis", "technical",
                        "notes", "logins down 40% since the champion left"))
                .post("/api/v1/risks").then().statusCode(201).header("Location", notNullValue())
                .body("status", equalTo("open")).body("reason", equalTo("lack-of-use")).body("version", equalTo(1))
                .extract().path("id");
        as("acme-csm").body(Map.of("customerId", customerId, "reason", "support", "diagnosis", "relational"))
                .post("/api/v1/risks").then().statusCode(409).contentType("application/problem+json");

        // the tenant's today (America/Sao_Paulo, the default): "overdue" is judged in the tenant's days, not UTC's
        LocalDate start = LocalDate.now(java.time.ZoneId.of("America/Sao_Paulo"));
        as("acme-csm").body(Map.of("startsOn", start.toString(), "endsOn", start.plusDays(10).toString(), "goal", "x"))
                .put("/api/v1/risks/" + id + "/plan").then().statusCode(400).body("errors.field", equalTo(List.of("endsOn")));
        as("acme-csm").body(Map.of("startsOn", start.toString(), "endsOn", start.plusDays(21).toString(),
                        "goal", "usage up 20% by the next call"))
                .put("/api/v1/risks/" + id + "/plan").then().statusCode(200).body("plan.goal", equalTo("usage up 20% by the next call"));
        as("acme-csm").body(Map.of("title", "Extra training", "ownerUserId", "csm-1", "dueOn", start.plusDays(7).toString(),
                        "goal", "10 users trained"))
                .post("/api/v1/risks/" + id + "/actions").then().statusCode(201).body("actions.size()", equalTo(1));
        as("acme-csm").body(Map.of("title", "Best-practice workshop", "ownerUserId", "csm-2",
                        "dueOn", start.minusDays(1).toString()))
                .post("/api/v1/risks/" + id + "/actions").then().statusCode(201)
                .body("progress.total", equalTo(2)).body("progress.done", equalTo(0)).body("progress.overdue", equalTo(1));

        List<KafkaMessage> commands = commands(customerId, 2);
        assertThat(commands).extracting(m -> (String) json(m).get("title"))
                .containsExactly("Risk plan: Extra training", "Risk plan: Best-practice workshop");
        assertThat(json(commands.get(0)).get("assignee")).isEqualTo(Map.of("userId", "csm-1"));
        UUID training = journeysCreatedTheTask(commands.get(0), customerId, "csm-1");
        journeysCreatedTheTask(commands.get(1), customerId, "csm-2");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("acme-csm").get("/api/v1/risks/" + id).then()
                .body("actions[0].taskId", equalTo(training.toString())).body("actions[1].taskId", notNullValue()));

        completeTask(training, customerId, "csm-1");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("acme-csm").get("/api/v1/risks/" + id).then()
                .body("actions[0].done", equalTo(true)).body("progress.done", equalTo(1))
                .body("progress.overdue", equalTo(1)));

        as("acme-csm").body(Map.of("note", "weekly check-in: usage recovering"))
                .post("/api/v1/risks/" + id + "/follow-ups").then().statusCode(201)
                .body("followUps[0].note", equalTo("weekly check-in: usage recovering"));
        as("acme-csm").body(Map.of("text", "training done, workshop late")).put("/api/v1/risks/" + id + "/progress-report")
                .then().statusCode(200).body("plan.progressReport", equalTo("training done, workshop late"));
        as("acme-csm").body(Map.of("outcome", "retained", "value", Map.of("amount", 1500.5)))
                .post("/api/v1/risks/" + id + "/close").then().statusCode(200)
                .body("status", equalTo("closed")).body("outcome.outcome", equalTo("retained"))
                .body("outcome.value.currency", equalTo("BRL")).body("outcome.on", notNullValue());
        as("acme-csm").body(Map.of("outcome", "churned")).post("/api/v1/risks/" + id + "/close").then().statusCode(409);
        as("acme-csm").body(Map.of("note", "late")).post("/api/v1/risks/" + id + "/follow-ups").then().statusCode(409);

        Map<String, Object> flagged = json(PLATFORM.events("acme", customerId, HealthScoreMessages.RISK_FLAGGED, 1).get(0));
        assertThat(flagged).containsEntry("riskId", id).containsEntry("reason", "lack-of-use")
                .containsEntry("diagnosis", "technical");
        assertThat(PLATFORM.events("acme", customerId, HealthScoreMessages.RISK_PLAN_UPDATED, 6).stream().map(TestPlatform::json))
                .extracting(m -> m.get("change") + ":" + m.get("actionsDone") + "/" + m.get("actionsTotal"))
                .containsExactly("plan:0.0/0.0", "action-added:0.0/1.0", "action-added:0.0/2.0", "action-done:1.0/2.0",
                        "follow-up:1.0/2.0", "progress-report:1.0/2.0");
        Map<String, Object> closed = json(PLATFORM.events("acme", customerId, HealthScoreMessages.RISK_CLOSED, 1).get(0));
        assertThat(closed).containsEntry("outcome", "retained").containsEntry("value", 1500.5)
                .containsEntry("currency", "BRL").containsEntry("daysOpen", 0.0);

        List<String> trail = List.of("flagged", "plan", "action-added", "action-added", "action-done", "follow-up",
                "progress-report", "closed");
        as("acme-csm").get("/api/v1/risks/" + id + "/audit").then().statusCode(200)
                .body("items.action", equalTo(trail)).body("nextCursor", nullValue())
                .body("items.actor", hasItems("journeys")).body("items.at", everyItem(notNullValue()));
        // the audit is cursor-paginated (conventions.md): three a page, every entry once, oldest first
        List<String> walked = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as("acme-csm").queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/risks/" + id + "/audit").then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.action"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(walked).containsExactlyElementsOf(trail);
        as("acme-csm").queryParam("cursor", "not-a-cursor").get("/api/v1/risks/" + id + "/audit").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("cursor"));
        as("globex-csm").get("/api/v1/risks/" + id).then().statusCode(404).contentType("application/problem+json");
        as("globex-csm").get("/api/v1/risks/" + id + "/audit").then().statusCode(404);
        as("globex-csm").body(Map.of("outcome", "churned")).post("/api/v1/risks/" + id + "/close").then().statusCode(404);

        as("acme-csm").body(Map.of("customerId", customerId, "reason", "support", "diagnosis", "relational"))
                .post("/api/v1/risks").then().statusCode(201);
    }

    @Test
    void listsShowOpenRisksAndACustomersHistoryNewestFirstByCursor() {
        UUID first = PLATFORM.customer("acme", null);
        UUID second = PLATFORM.customer("acme", null);
        String old = flag(first, "delinquency");
        as("acme-csm").body(Map.of("outcome", "churned", "on", "2026-11-30", "value", Map.of("amount", 900, "currency", "USD")))
                .post("/api/v1/risks/" + old + "/close").then().statusCode(200).body("outcome.value.currency", equalTo("USD"));
        String current = flag(first, "top-down");
        String other = flag(second, "experience");

        as("acme-csm").get("/api/v1/customers/" + first + "/risks?limit=1").then().statusCode(200)
                .body("items.id", equalTo(List.of(current))).body("nextCursor", notNullValue());
        String cursor = as("acme-csm").get("/api/v1/customers/" + first + "/risks?limit=1").then().extract().path("nextCursor");
        as("acme-csm").get("/api/v1/customers/" + first + "/risks?limit=1&cursor=" + cursor).then().statusCode(200)
                .body("items.id", equalTo(List.of(old))).body("items[0].status", equalTo("closed"))
                .body("nextCursor", nullValue());
        List<String> open = as("acme-csm").get("/api/v1/risks?status=open&limit=500").then().statusCode(200)
                .extract().path("items.id");
        assertThat(open).contains(current, other).doesNotContain(old);
        assertThat(open.indexOf(other)).isLessThan(open.indexOf(current));

        as("acme-csm").get("/api/v1/risks?status=maybe").then().statusCode(400).body("errors.field", equalTo(List.of("status")));
        as("acme-csm").get("/api/v1/risks?cursor=nope").then().statusCode(400).body("errors.field", equalTo(List.of("cursor")));
        as("globex-csm").get("/api/v1/customers/" + first + "/risks").then().statusCode(404);
        assertThat(as("globex-csm").get("/api/v1/risks?status=open&limit=500").then().statusCode(200)
                .extract().<List<String>>path("items.id")).doesNotContain(current, other);
    }

    @Test
    void badInputIsA400NamingTheFieldAndAnUnknownCustomerToo() {
        as("acme-csm").body(Map.of("customerId", UUID.randomUUID(), "reason", "support", "diagnosis", "technical"))
                .post("/api/v1/risks").then().statusCode(400).body("errors.field", equalTo(List.of("customerId")));
        UUID customerId = PLATFORM.customer("acme", null);
        as("acme-csm").body(Map.of("customerId", customerId, "reason", "competitor", "diagnosis", "technical"))
                .post("/api/v1/risks").then().statusCode(400).body("errors.field", equalTo(List.of("reason")));
        as("acme-csm").body(Map.of("customerId", customerId, "reason", "support", "diagnosis", "mystical"))
                .post("/api/v1/risks").then().statusCode(400).body("errors.field", equalTo(List.of("diagnosis")));
        String id = flag(customerId, "support");
        as("acme-csm").body(Map.of("title", "Call", "ownerUserId", "csm-1", "dueOn", "soon"))
                .post("/api/v1/risks/" + id + "/actions").then().statusCode(400);
        as("acme-csm").body(Map.of("outcome", "retained", "value", Map.of("amount", -1)))
                .post("/api/v1/risks/" + id + "/close").then().statusCode(400).body("errors.field", equalTo(List.of("value.amount")));
        as("acme-csm").body(Map.of("outcome", "retained", "value", Map.of("amount", 1, "currency", "real")))
                .post("/api/v1/risks/" + id + "/close").then().statusCode(400).body("errors.field", equalTo(List.of("value.currency")));
        as("acme-csm").get("/api/v1/risks/" + UUID.randomUUID()).then().statusCode(404);
    }

    static String flag(UUID customerId, String reason) {
        return as("acme-csm").body(Map.of("customerId", customerId, "reason", reason, "diagnosis", "strategic"))
                .post("/api/v1/risks").then().statusCode(201).extract().path("id");
    }

    /** The board.task.create commands for the customer, schema-checked. */
    static List<KafkaMessage> commands(UUID customerId, int count) {
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            List<KafkaMessage> found = kafka.awaitAll(Topic.JOURNEYS_COMMANDS.name(),
                    m -> Topic.key("acme", customerId).equals(m.key())
                            && JourneyMessages.BOARD_TASK_CREATE.name().equals(m.header("ce_type")),
                    count, Duration.ofSeconds(60));
            found.forEach(m -> assertThat(io.csplatform.events.ContractSchemas.violations(JourneyMessages.BOARD_TASK_CREATE,
                    m.value())).as(m.value()).isEmpty());
            return found;
        }
    }

    /** What journeys does with the command: a card, announced as caused by the command. */
    static UUID journeysCreatedTheTask(KafkaMessage command, UUID customerId, String userId) {
        UUID taskId = UUID.randomUUID();
        EventHeaders headers = EventHeaders.fromMap(command.headers())
                .causes("/services/journeys", JourneyMessages.BOARD_TASK_CREATED, customerId, Instant.now());
        publish(headers, customerId, new BoardTaskCreated(taskId, customerId, userId, "card", List.of("risk"),
                Instant.now(), 60, null, false, null));
        return taskId;
    }

    static void completeTask(UUID taskId, UUID customerId, String userId) {
        EventHeaders headers = EventHeaders.origin("/services/journeys", JourneyMessages.BOARD_TASK_COMPLETED, "acme",
                customerId, Instant.now());
        publish(headers, customerId, new BoardTaskCompleted(taskId, customerId, userId, "card", List.of("risk"),
                Instant.now()));
    }

    private static void publish(EventHeaders headers, UUID customerId, Object payload) {
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            kafka.publish(Topic.JOURNEYS_EVENTS.name(), Topic.key("acme", customerId), EventJson.write(payload),
                    headers.toMap());
        }
    }
}
