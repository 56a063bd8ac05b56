package io.csplatform.journeys.journey;

import io.csplatform.events.JourneyMessages;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.journeys.support.Stack.as;
import static io.csplatform.journeys.support.Stack.awaitEvent;
import static io.csplatform.journeys.support.Stack.customer;
import static io.csplatform.journeys.support.Stack.starter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "journeys"))
class JourneyTest {

    @Test
    void settingTheOnboardingJourneyCreatesItsTasksAndTracksProgressPerStage() {
        UUID customer = customer();
        String onboarding = starter("onboarding");

        as("acme-csm").body(Map.of("templateId", onboarding)).put("/api/v1/customers/" + customer + "/journey")
                .then().statusCode(200)
                .body("name", equalTo("Onboarding")).body("templateVersion", equalTo(1))
                .body("stages.name", equalTo(List.of("Welcome", "Set-up", "Training")))
                .body("stages.tasks", equalTo(List.of(2, 2, 1)))
                .body("currentStage", equalTo("Welcome"));
        List<String> dueDates = as("acme-csm").get("/api/v1/customers/" + customer + "/tasks").then().statusCode(200)
                .body("items.size()", equalTo(5))
                .body("items.journeyId", everyItem(notNullValue()))
                .body("items.templateTaskId", everyItem(notNullValue()))
                .extract().path("items.dueDate");
        assertThat(dueDates).map(LocalDate::parse).extracting(LocalDate::getDayOfWeek)
                .doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

        KafkaMessage set = awaitEvent(JourneyMessages.JOURNEY_SET, customer, onboarding);
        assertThat(set.value()).contains("\"taskCount\":5");
        KafkaMessage kickoff = awaitEvent(JourneyMessages.JOURNEY_TASK_CREATED, customer, "Kickoff meeting");
        assertThat(kickoff.value()).contains("\"stage\":\"Welcome\"", "\"templateTaskId\"", "\"kickoff\"");

        List<String> welcome = as("acme-csm").get("/api/v1/customers/" + customer + "/tasks").then()
                .extract().path("items.findAll { it.stage == 'Welcome' }.id");
        welcome.forEach(id -> as("acme-csm").post("/api/v1/tasks/" + id + "/complete").then().statusCode(200));
        as("acme-csm").get("/api/v1/customers/" + customer + "/journey").then().statusCode(200)
                .body("currentStage", equalTo("Set-up"))
                .body("stages[0].percent", equalTo(100)).body("stages[1].completed", equalTo(0));
    }

    @Test
    void aRunningJourneyKeepsItsTemplateVersionWhenTheTemplateIsEdited() {
        String name = "Kept version " + UUID.randomUUID();
        String template = as("acme-admin").body(definition(name, List.of("Only v1 task")))
                .post("/api/v1/journey-templates").then().statusCode(201).extract().path("id");
        UUID before = customer();
        as("acme-csm").body(Map.of("templateId", template)).put("/api/v1/customers/" + before + "/journey")
                .then().statusCode(200).body("templateVersion", equalTo(1));

        as("acme-admin").body(definition(name, List.of("v2 task one", "v2 task two")))
                .put("/api/v1/journey-templates/" + template).then().statusCode(200).body("version", equalTo(2));
        UUID after = customer();
        as("acme-csm").body(Map.of("templateId", template)).put("/api/v1/customers/" + after + "/journey")
                .then().statusCode(200).body("templateVersion", equalTo(2));

        as("acme-csm").get("/api/v1/customers/" + before + "/journey").then().statusCode(200)
                .body("templateVersion", equalTo(1)).body("stages[0].tasks", equalTo(1));
        as("acme-csm").get("/api/v1/customers/" + before + "/tasks").then()
                .body("items.title", equalTo(List.of("Only v1 task")));
        as("acme-csm").get("/api/v1/customers/" + after + "/tasks").then()
                .body("items.title", equalTo(List.of("v2 task one", "v2 task two")));
    }

    @Test
    void changingTheJourneyReplacesTheCurrentOneAndSaysWhichItReplaced() {
        UUID customer = customer();
        String first = as("acme-csm").body(Map.of("templateId", starter("adoption")))
                .put("/api/v1/customers/" + customer + "/journey").then().statusCode(200).extract().path("id");
        as("acme-csm").body(Map.of("templateId", starter("renewal")))
                .put("/api/v1/customers/" + customer + "/journey").then().statusCode(200)
                .body("name", equalTo("Renewal")).body("currentStage", equalTo("Renewal"));

        assertThat(awaitEvent(JourneyMessages.JOURNEY_SET, customer, "Renewal").value())
                .contains("\"previousJourneyId\":\"" + first + "\"");
    }

    @Test
    void anUnknownOrForeignTemplateIsRefusedNamingTheFieldAndAForeignJourneyIsNotFound() {
        UUID customer = customer();
        String acmeTemplate = starter("onboarding");
        UUID globexCustomer = customer("globex");
        as("globex-csm").body(Map.of("templateId", acmeTemplate)).put("/api/v1/customers/" + globexCustomer + "/journey")
                .then().statusCode(400).body("errors.field", hasItem("templateId"));
        as("acme-csm").body(Map.of()).put("/api/v1/customers/" + customer + "/journey")
                .then().statusCode(400).body("errors.field", hasItem("templateId"));
        as("acme-csm").body(Map.of("templateId", acmeTemplate)).put("/api/v1/customers/" + customer + "/journey")
                .then().statusCode(200);
        as("globex-csm").get("/api/v1/customers/" + customer + "/journey").then().statusCode(404);
        as("globex-csm").get("/api/v1/customers/" + customer + "/tasks").then().statusCode(404);
    }

    static Map<String, Object> definition(String name, List<String> titles) {
        List<Map<String, Object>> tasks = titles.stream().map(title -> {
            Map<String, Object> task = new HashMap<>();
            task.put("title", title);
            task.put("dueInDays", 2);
            return task;
        }).toList();
        return Map.of("name", name, "stages", List.of(Map.of("name", "Stage", "tasks", tasks)));
    }
}
