package io.csplatform.journeys.command;

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
import static io.csplatform.journeys.support.Stack.deadLetters;
import static io.csplatform.journeys.support.Stack.events;
import static io.csplatform.journeys.support.Stack.resend;
import static io.csplatform.journeys.support.Stack.send;
import static io.csplatform.journeys.support.Stack.starter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Each command on cs.journeys.commands.v1, delivered twice with the same ce_id, is applied once: after the
 * duplicate, a marker command for the same customer (same partition, so applied after it) is awaited, then the
 * customer's events are counted.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "journeys"))
class CommandsExactlyOnceTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final ExecutionStep STEP = new ExecutionStep(UUID.randomUUID(), 0, UUID.randomUUID(), 1);

    @Test
    void journeyTaskCreateTwiceCreatesOneTask() {
        UUID customer = UUID.randomUUID();
        JourneyTaskCreate command = new JourneyTaskCreate(STEP, customer, "Kickoff", 1, true, FRIDAY, null, "About {customer.id}",
                List.of("kickoff"), "Created by the playbook", null);
        deliverTwice(JourneyMessages.JOURNEY_TASK_CREATE, customer, command);

        as("acme-csm").get("/api/v1/customers/" + customer + "/tasks").then()
                .body("items.findAll { it.title == 'Kickoff' }.size()", equalTo(1))
                .body("items.find { it.title == 'Kickoff' }.dueDate", equalTo("2026-11-30"))
                .body("items.find { it.title == 'Kickoff' }.comments[0].text", equalTo("Created by the playbook"))
                .body("items.find { it.title == 'Kickoff' }.source.executionId", equalTo(STEP.executionId().toString()));
        assertThat(count(customer, JourneyMessages.JOURNEY_TASK_CREATED, "\"title\":\"Kickoff\"")).isEqualTo(1);
    }

    @Test
    void journeySetTwiceSetsTheJourneyOnce() {
        UUID customer = UUID.randomUUID();
        UUID onboarding = UUID.fromString(starter("onboarding"));
        deliverTwice(JourneyMessages.SET_JOURNEY, customer, new SetJourney(STEP, customer, onboarding));

        as("acme-csm").get("/api/v1/customers/" + customer + "/journey").then().statusCode(200)
                .body("name", equalTo("Onboarding"));
        as("acme-csm").get("/api/v1/customers/" + customer + "/tasks").then()
                .body("items.findAll { it.journeyId != null }.size()", equalTo(5));
        assertThat(count(customer, JourneyMessages.JOURNEY_SET, onboarding.toString())).isEqualTo(1);
    }

    @Test
    void journeyTaskCompleteTwiceCompletesOnceByTemplateTask() {
        UUID customer = setOnboarding();
        String kickoffTemplateTask = task(customer, "Kickoff meeting", "templateTaskId");
        Map<String, String> headers = deliverTwice(JourneyMessages.JOURNEY_TASK_COMPLETE, customer,
                new JourneyTaskComplete(STEP, customer, null, UUID.fromString(kickoffTemplateTask)));

        assertThat(task(customer, "Kickoff meeting", "status")).isEqualTo("done");
        assertThat(count(customer, JourneyMessages.JOURNEY_TASK_COMPLETED, kickoffTemplateTask)).isEqualTo(1);
        assertThat(deadLetters(headers)).isEmpty();
    }

    @Test
    void checklistItemCompleteTwiceCompletesTheItemOnce() {
        UUID customer = setOnboarding();
        String taskId = task(customer, "Integrations set-up", "id");
        Map<String, String> headers = deliverTwice(JourneyMessages.JOURNEY_CHECKLIST_ITEM_COMPLETE, customer,
                new JourneyChecklistItemComplete(STEP, customer, UUID.fromString(taskId), null, "Access granted"));

        as("acme-csm").get("/api/v1/tasks/" + taskId).then().body("checklist.completed", equalTo(List.of(true, false)));
        assertThat(count(customer, JourneyMessages.JOURNEY_CHECKLIST_ITEM_COMPLETED, "Access granted")).isEqualTo(1);
        assertThat(deadLetters(headers)).isEmpty();
    }

    @Test
    void journeyTaskScheduleTwiceSchedulesOnce() {
        UUID customer = setOnboarding();
        String taskId = task(customer, "End-user training", "id");
        deliverTwice(JourneyMessages.JOURNEY_TASK_SCHEDULE, customer,
                new JourneyTaskSchedule(STEP, customer, UUID.fromString(taskId), null, 1, FRIDAY, true, null));

        assertThat(task(customer, "End-user training", "dueDate")).isEqualTo("2026-11-30");
        assertThat(count(customer, JourneyMessages.JOURNEY_TASK_SCHEDULED, taskId)).isEqualTo(1);
    }

    @Test
    void boardTaskCreateTwiceAddsOneCard() {
        UUID customer = UUID.randomUUID();
        deliverTwice(JourneyMessages.BOARD_TASK_CREATE, customer, new BoardTaskCreate(STEP, customer, "Value call",
                Instant.parse("2026-12-01T15:00:00Z"), 45, true, new Assignee(null, "csm-user-1"), "Ana", List.of("value")));

        assertThat(count(customer, JourneyMessages.BOARD_TASK_CREATED, "Value call")).isEqualTo(1);
        assertThat(awaitEvent(JourneyMessages.BOARD_TASK_CREATED, customer, "Value call").value())
                .contains("\"userId\":\"csm-user-1\"", "\"durationMinutes\":45");
    }

    @Test
    void aCommandThatCannotApplyIsDeadLetteredWithItsReason() {
        UUID customer = UUID.randomUUID();
        Map<String, String> headers = send(JourneyMessages.BOARD_TASK_CREATE, customer, new BoardTaskCreate(STEP, customer,
                "Twenty minutes", Instant.parse("2026-12-01T15:00:00Z"), 20, false, new Assignee(null, "u"), null, null));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(deadLetters(headers)).singleElement()
                        .satisfies(m -> assertThat(m.header("dead-letter-reason")).contains("durationMinutes")));
    }

    /** Sends the command, redelivers it (same ce_id), then waits until a marker sent after both is applied. */
    private static <T> Map<String, String> deliverTwice(MessageType<T> type, UUID customer, T command) {
        Map<String, String> headers = send(type, customer, command);
        resend(headers, customer, command);
        String marker = "marker " + UUID.randomUUID();
        send(JourneyMessages.JOURNEY_TASK_CREATE, customer,
                new JourneyTaskCreate(null, customer, marker, 0, false, FRIDAY, null));
        awaitEvent(JourneyMessages.JOURNEY_TASK_CREATED, customer, marker);
        return headers;
    }

    private static long count(UUID customer, MessageType<?> type, String text) {
        List<KafkaMessage> events = events(customer);
        return events.stream().filter(m -> type.name().equals(m.header("ce_type")) && m.value().contains(text)).count();
    }

    private static UUID setOnboarding() {
        UUID customer = UUID.randomUUID();
        as("acme-csm").body(Map.of("templateId", starter("onboarding")))
                .put("/api/v1/customers/" + customer + "/journey").then().statusCode(200);
        return customer;
    }

    private static String task(UUID customer, String title, String field) {
        return as("acme-csm").get("/api/v1/customers/" + customer + "/tasks").then().statusCode(200)
                .extract().path("items.find { it.title == '" + title + "' }." + field);
    }
}
