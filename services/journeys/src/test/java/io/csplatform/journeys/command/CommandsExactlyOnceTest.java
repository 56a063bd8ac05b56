package io.csplatform.journeys.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.MessageType;
import io.csplatform.events.payload.Assignee;
import io.csplatform.events.payload.BoardTaskCreate;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.JourneyChecklistItemComplete;
import io.csplatform.events.payload.JourneyTaskComplete;
import io.csplatform.events.payload.JourneyTaskCreate;
import io.csplatform.events.payload.JourneyTaskSchedule;
import io.csplatform.events.payload.SetJourney;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.journeys.support.Stack.as;
import static io.csplatform.journeys.support.Stack.awaitEvent;
import static io.csplatform.journeys.support.Stack.awaitResult;
import static io.csplatform.journeys.support.Stack.customer;
import static io.csplatform.journeys.support.Stack.deadLetters;
import static io.csplatform.journeys.support.Stack.events;
import static io.csplatform.journeys.support.Stack.json;
import static io.csplatform.journeys.support.Stack.resend;
import static io.csplatform.journeys.support.Stack.results;
import static io.csplatform.journeys.support.Stack.send;
import static io.csplatform.journeys.support.Stack.starter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Each command on cs.journeys.commands.v1, delivered twice with the same ce_id, is applied once and its playbook step
 * confirmed once: after the duplicate, a marker command for the same customer (same partition, so applied after it)
 * is awaited, then the customer's events and the step's action.result are counted.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "journeys"))
class CommandsExactlyOnceTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void journeyTaskCreateTwiceCreatesOneTaskAndConfirmsTheStepOnce() {
        UUID customer = customer();
        ExecutionStep step = step();
        JourneyTaskCreate command = new JourneyTaskCreate(step, customer, "Kickoff", 1, true, FRIDAY, null, "About {customer.id}",
                List.of("kickoff"), "Created by the playbook", null);
        Map<String, String> headers = deliverTwice(JourneyMessages.JOURNEY_TASK_CREATE, customer, command);

        as("acme-csm").get("/api/v1/customers/" + customer + "/tasks").then()
                .body("items.findAll { it.title == 'Kickoff' }.size()", equalTo(1))
                .body("items.find { it.title == 'Kickoff' }.dueDate", equalTo("2026-11-30"))
                .body("items.find { it.title == 'Kickoff' }.comments[0].text", equalTo("Created by the playbook"))
                .body("items.find { it.title == 'Kickoff' }.source.executionId", equalTo(step.executionId().toString()));
        assertThat(count(customer, JourneyMessages.JOURNEY_TASK_CREATED, "\"title\":\"Kickoff\"")).isEqualTo(1);
        assertSucceededOnce(step, headers, customer, "task " + task(customer, "Kickoff", "id") + " 'Kickoff' created");
    }

    @Test
    void journeySetTwiceSetsTheJourneyOnceAndConfirmsTheStepOnce() {
        UUID customer = customer();
        UUID onboarding = UUID.fromString(starter("onboarding"));
        ExecutionStep step = step();
        Map<String, String> headers = deliverTwice(JourneyMessages.SET_JOURNEY, customer,
                new SetJourney(step, customer, onboarding));

        var journey = as("acme-csm").get("/api/v1/customers/" + customer + "/journey").then().statusCode(200)
                .body("name", equalTo("Onboarding")).extract().jsonPath();
        as("acme-csm").get("/api/v1/customers/" + customer + "/tasks").then()
                .body("items.findAll { it.journeyId != null }.size()", equalTo(5));
        assertThat(count(customer, JourneyMessages.JOURNEY_SET, onboarding.toString())).isEqualTo(1);
        assertSucceededOnce(step, headers, customer, "journey " + journey.getString("id") + " 'Onboarding' set (template "
                + onboarding + " version " + journey.getInt("templateVersion") + ")");
    }

    @Test
    void journeyTaskCompleteTwiceCompletesOnceByTemplateTaskThenAgainChangesNothing() {
        UUID customer = setOnboarding();
        String kickoffTemplateTask = task(customer, "Kickoff meeting", "templateTaskId");
        String kickoff = task(customer, "Kickoff meeting", "id");
        ExecutionStep step = step();
        Map<String, String> headers = deliverTwice(JourneyMessages.JOURNEY_TASK_COMPLETE, customer,
                new JourneyTaskComplete(step, customer, null, UUID.fromString(kickoffTemplateTask)));

        assertThat(task(customer, "Kickoff meeting", "status")).isEqualTo("done");
        assertThat(count(customer, JourneyMessages.JOURNEY_TASK_COMPLETED, kickoffTemplateTask)).isEqualTo(1);
        assertThat(deadLetters(headers)).isEmpty();
        assertSucceededOnce(step, headers, customer, "task " + kickoff + " completed");

        ExecutionStep again = step();
        Map<String, String> againHeaders = deliverTwice(JourneyMessages.JOURNEY_TASK_COMPLETE, customer,
                new JourneyTaskComplete(again, customer, UUID.fromString(kickoff), null));
        assertSucceededOnce(again, againHeaders, customer, "nothing to change: task " + kickoff + " is already completed");
        assertThat(count(customer, JourneyMessages.JOURNEY_TASK_COMPLETED, kickoffTemplateTask)).isEqualTo(1);
        assertThat(deadLetters(againHeaders)).isEmpty();
    }

    @Test
    void checklistItemCompleteTwiceCompletesTheItemOnceThenAgainChangesNothing() {
        UUID customer = setOnboarding();
        String taskId = task(customer, "Integrations set-up", "id");
        ExecutionStep step = step();
        Map<String, String> headers = deliverTwice(JourneyMessages.JOURNEY_CHECKLIST_ITEM_COMPLETE, customer,
                new JourneyChecklistItemComplete(step, customer, UUID.fromString(taskId), null, "Access granted"));

        as("acme-csm").get("/api/v1/tasks/" + taskId).then().body("checklist.completed", equalTo(List.of(true, false)));
        assertThat(count(customer, JourneyMessages.JOURNEY_CHECKLIST_ITEM_COMPLETED, "Access granted")).isEqualTo(1);
        assertThat(deadLetters(headers)).isEmpty();
        assertSucceededOnce(step, headers, customer, "checklist item 'Access granted' completed on task " + taskId);

        ExecutionStep again = step();
        Map<String, String> againHeaders = deliverTwice(JourneyMessages.JOURNEY_CHECKLIST_ITEM_COMPLETE, customer,
                new JourneyChecklistItemComplete(again, customer, UUID.fromString(taskId), null, "access granted"));
        assertSucceededOnce(again, againHeaders, customer,
                "nothing to change: checklist item 'Access granted' is already completed on task " + taskId);
        assertThat(count(customer, JourneyMessages.JOURNEY_CHECKLIST_ITEM_COMPLETED, "Access granted")).isEqualTo(1);
    }

    @Test
    void journeyTaskScheduleTwiceSchedulesOnceThenTheSameDateChangesNothing() {
        UUID customer = setOnboarding();
        String taskId = task(customer, "End-user training", "id");
        ExecutionStep step = step();
        Map<String, String> headers = deliverTwice(JourneyMessages.JOURNEY_TASK_SCHEDULE, customer,
                new JourneyTaskSchedule(step, customer, UUID.fromString(taskId), null, 1, FRIDAY, true,
                        new Assignee(null, "csm-user-2")));

        assertThat(task(customer, "End-user training", "dueDate")).isEqualTo("2026-11-30");
        assertThat(count(customer, JourneyMessages.JOURNEY_TASK_SCHEDULED, taskId)).isEqualTo(1);
        assertSucceededOnce(step, headers, customer,
                "task " + taskId + " scheduled for 2026-11-30, assigned to user csm-user-2");

        ExecutionStep again = step();
        Map<String, String> againHeaders = deliverTwice(JourneyMessages.JOURNEY_TASK_SCHEDULE, customer,
                new JourneyTaskSchedule(again, customer, UUID.fromString(taskId), null, 2, FRIDAY.minusDays(1), true,
                        new Assignee(null, "csm-user-2")));
        assertSucceededOnce(again, againHeaders, customer,
                "nothing to change: task " + taskId + " is already due on 2026-11-30, assigned to user csm-user-2");
        assertThat(count(customer, JourneyMessages.JOURNEY_TASK_SCHEDULED, taskId)).isEqualTo(1);
    }

    @Test
    void boardTaskCreateTwiceAddsOneCardAndConfirmsTheStepOnce() {
        UUID customer = customer();
        ExecutionStep step = step();
        Map<String, String> headers = deliverTwice(JourneyMessages.BOARD_TASK_CREATE, customer,
                new BoardTaskCreate(step, customer, "Value call", Instant.parse("2026-12-01T15:00:00Z"), 45, true,
                        new Assignee(null, "csm-user-1"), "Ana", List.of("value")));

        assertThat(count(customer, JourneyMessages.BOARD_TASK_CREATED, "Value call")).isEqualTo(1);
        KafkaMessage created = awaitEvent(JourneyMessages.BOARD_TASK_CREATED, customer, "Value call");
        assertThat(created.value()).contains("\"userId\":\"csm-user-1\"", "\"durationMinutes\":45");
        assertSucceededOnce(step, headers, customer, "board task " + json(created).get("taskId").asText()
                + " 'Value call' created on the board of user csm-user-1, starting 2026-12-01T15:00:00Z");
    }

    @Test
    void aCommandWithoutAStepReportsNoResult() {
        UUID customer = setOnboarding();
        String kickoff = task(customer, "Kickoff meeting", "id");
        Map<String, String> headers = deliverTwice(JourneyMessages.JOURNEY_TASK_COMPLETE, customer,
                new JourneyTaskComplete(null, customer, UUID.fromString(kickoff), null));

        assertThat(task(customer, "Kickoff meeting", "status")).isEqualTo("done");
        assertThat(results(m -> headers.get("ce_id").equals(m.header("ce_causationid")))).isEmpty();
    }

    @Test
    void aCommandForAnUnknownTaskIsDeadLetteredWithItsReasonAndReportsNothing() {
        UUID customer = setOnboarding();
        UUID unknown = UUID.randomUUID();
        ExecutionStep step = step();
        Map<String, String> headers = send(JourneyMessages.JOURNEY_TASK_COMPLETE, customer,
                new JourneyTaskComplete(step, customer, unknown, null));

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(deadLetters(headers)).singleElement()
                        .satisfies(m -> assertThat(m.header("dead-letter-reason")).isEqualTo(
                                "journey.task.complete cannot be applied: no task " + unknown + " for customer " + customer)));
        assertThat(results(step)).isEmpty();
    }

    @Test
    void aCommandThatCannotApplyIsDeadLetteredWithItsReason() {
        UUID customer = customer();
        Map<String, String> headers = send(JourneyMessages.BOARD_TASK_CREATE, customer, new BoardTaskCreate(step(), customer,
                "Twenty minutes", Instant.parse("2026-12-01T15:00:00Z"), 20, false, new Assignee(null, "u"), null, null));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(deadLetters(headers)).singleElement()
                        .satisfies(m -> assertThat(m.header("dead-letter-reason")).isEqualTo("board.task.create cannot be "
                                + "applied: durationMinutes: must be a multiple of 15 minutes, from 15 to 1440; was 20")));
    }

    /**
     * Sends the command, redelivers it (same ce_id), then waits until a marker sent after both is applied and its
     * step confirmed (the marker's result follows any result of the command on the customer's partition).
     */
    private static <T> Map<String, String> deliverTwice(MessageType<T> type, UUID customer, T command) {
        Map<String, String> headers = send(type, customer, command);
        resend(headers, customer, command);
        String marker = "marker " + UUID.randomUUID();
        ExecutionStep markerStep = step();
        send(JourneyMessages.JOURNEY_TASK_CREATE, customer,
                new JourneyTaskCreate(markerStep, customer, marker, 0, false, FRIDAY, null));
        awaitEvent(JourneyMessages.JOURNEY_TASK_CREATED, customer, marker);
        awaitResult(markerStep);
        return headers;
    }

    /** Exactly one action.result for the step: SUCCEEDED, this detail, caused by the command. */
    private static void assertSucceededOnce(ExecutionStep step, Map<String, String> command, UUID customer,
                                            String detail) {
        List<KafkaMessage> results = results(step);
        assertThat(results).hasSize(1);
        KafkaMessage result = results.get(0);
        assertThat(result.header("ce_type")).isEqualTo("action.result");
        assertThat(result.header("ce_causationid")).isEqualTo(command.get("ce_id"));
        assertThat(result.header("ce_correlationid")).isEqualTo(command.get("ce_correlationid"));
        assertThat(result.header("ce_source")).isEqualTo("/services/journeys");
        JsonNode payload = json(result);
        assertThat(payload.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(payload.get("actionType").asText()).isEqualTo(command.get("ce_type"));
        assertThat(payload.get("customerId").asText()).isEqualTo(customer.toString());
        assertThat(payload.get("detail").asText()).isEqualTo(detail);
    }

    private static ExecutionStep step() {
        return new ExecutionStep(UUID.randomUUID(), 2, UUID.randomUUID(), 1);
    }

    private static long count(UUID customer, MessageType<?> type, String text) {
        List<KafkaMessage> events = events(customer);
        return events.stream().filter(m -> type.name().equals(m.header("ce_type")) && m.value().contains(text)).count();
    }

    private static UUID setOnboarding() {
        UUID customer = customer();
        as("acme-csm").body(Map.of("templateId", starter("onboarding")))
                .put("/api/v1/customers/" + customer + "/journey").then().statusCode(200);
        return customer;
    }

    private static String task(UUID customer, String title, String field) {
        return as("acme-csm").get("/api/v1/customers/" + customer + "/tasks").then().statusCode(200)
                .extract().path("items.find { it.title == '" + title + "' }." + field);
    }
}
