package io.csplatform.journeys.task;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.JourneyMessages;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.journeys.support.Stack.as;
import static io.csplatform.journeys.support.Stack.awaitEvent;
import static io.csplatform.journeys.support.Stack.customer;
import static io.csplatform.journeys.support.Stack.events;
import static io.csplatform.journeys.support.Stack.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A task's additional contacts travel as journey.task.contacts.changed, and on journey.task.created when set at creation. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "journeys"))
class TaskContactsTest {

    @Test
    void changingATasksContactsPublishesTheNewAndPreviousListsOnlyWhenTheyChange() {
        UUID customer = customer();
        String task = TaskLifecycleTest.createTask(customer, Map.of("title", "Call the sponsor", "dueInDays", 3,
                "labels", List.of("sponsor")));

        as("acme-csm").body(Map.of("contacts", List.of("ana@acme.com", " Bia Souza ", "ana@acme.com")))
                .put("/api/v1/tasks/" + task + "/contacts").then().statusCode(200)
                .body("contacts", equalTo(List.of("ana@acme.com", "Bia Souza")));
        as("acme-csm").body(Map.of("contacts", List.of("ana@acme.com", "Bia Souza")))
                .put("/api/v1/tasks/" + task + "/contacts").then().statusCode(200);
        as("acme-csm").body(Map.of("contacts", List.of("carla@acme.com")))
                .put("/api/v1/tasks/" + task + "/contacts").then().statusCode(200);

        JsonNode first = json(awaitEvent(JourneyMessages.JOURNEY_TASK_CONTACTS_CHANGED, customer, "\"previousContacts\":[]"));
        assertThat(first.get("taskId").asText()).isEqualTo(task);
        assertThat(first.get("customerId").asText()).isEqualTo(customer.toString());
        assertThat(first.get("title").asText()).isEqualTo("Call the sponsor");
        assertThat(first.get("board").asBoolean()).isFalse();
        assertThat(texts(first.get("contacts"))).containsExactly("ana@acme.com", "Bia Souza");
        assertThat(texts(first.get("previousContacts"))).isEmpty();
        JsonNode last = json(awaitEvent(JourneyMessages.JOURNEY_TASK_CONTACTS_CHANGED, customer, "carla@acme.com"));
        assertThat(texts(last.get("contacts"))).containsExactly("carla@acme.com");
        assertThat(texts(last.get("previousContacts"))).containsExactly("ana@acme.com", "Bia Souza");
        List<KafkaMessage> changes = events(customer).stream()
                .filter(m -> JourneyMessages.JOURNEY_TASK_CONTACTS_CHANGED.name().equals(m.header("ce_type"))).toList();
        assertThat(changes).hasSize(2);
    }

    @Test
    void aTaskCreatedWithContactsCarriesThemOnJourneyTaskCreated() {
        UUID customer = customer();
        String task = TaskLifecycleTest.createTask(customer, Map.of("title", "Kick-off with contacts", "dueInDays", 1,
                "contacts", List.of(" ana@acme.com ", "Bia")));
        String plain = TaskLifecycleTest.createTask(customer, Map.of("title", "Without contacts", "dueInDays", 1));

        as("acme-csm").get("/api/v1/tasks/" + task).then().body("contacts", equalTo(List.of("ana@acme.com", "Bia")));
        JsonNode created = json(awaitEvent(JourneyMessages.JOURNEY_TASK_CREATED, customer, "Kick-off with contacts"));
        assertThat(created.get("taskId").asText()).isEqualTo(task);
        assertThat(texts(created.get("contacts"))).containsExactly("ana@acme.com", "Bia");
        JsonNode without = json(awaitEvent(JourneyMessages.JOURNEY_TASK_CREATED, customer, "Without contacts"));
        assertThat(without.get("taskId").asText()).isEqualTo(plain);
        assertThat(without.has("contacts")).isFalse();
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
