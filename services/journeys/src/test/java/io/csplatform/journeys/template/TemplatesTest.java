package io.csplatform.journeys.template;

import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.journeys.support.Stack.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "journeys"))
class TemplatesTest {

    @Test
    void everyTenantHasTheStarterJourneysOfSeeds000And002() {
        for (String user : List.of("acme-csm", "globex-csm")) {
            as(user).get("/api/v1/journey-templates").then().statusCode(200)
                    .body("items.name", hasItems("Onboarding", "Adoption", "Ongoing follow-up", "Renewal", "Expansion",
                            "Risk prevention"))
                    .body("items.find { it.starterKey == 'onboarding' }.stages.tasks.flatten().title",
                            equalTo(List.of("Send welcome", "Kickoff meeting", "Integrations set-up",
                                    "Credentials delivery", "End-user training")))
                    .body("items.find { it.starterKey == 'renewal' }.stages[0].tasks[0].title", equalTo("Renewal meeting"))
                    .body("items.find { it.starterKey == 'expansion' }.stages[0].tasks[0].title", equalTo("Expansion workshop"))
                    .body("items.find { it.starterKey == 'adoption' }.stages[0].tasks[0].title", equalTo("Platform usage review"))
                    .body("items.findAll { it.starterKey == 'onboarding' }.size()", equalTo(1));
        }
    }

    @Test
    void anEditIsANewVersionAndTheOldVersionStaysReadable() {
        String name = "Versioned " + UUID.randomUUID();
        String id = as("acme-admin").body(template(name, "First task")).post("/api/v1/journey-templates")
                .then().statusCode(201).header("Location", notNullValue()).body("version", equalTo(1))
                .extract().path("id");
        String taskId = as("acme-admin").get("/api/v1/journey-templates/" + id).then().statusCode(200)
                .extract().path("stages[0].tasks[0].id");

        as("acme-admin").body(template(name, "Renamed task", taskId)).put("/api/v1/journey-templates/" + id)
                .then().statusCode(200).body("version", equalTo(2))
                .body("stages[0].tasks[0].id", equalTo(taskId)).body("stages[0].tasks[0].title", equalTo("Renamed task"));

        as("acme-csm").get("/api/v1/journey-templates/" + id + "/versions/1").then().statusCode(200)
                .body("stages[0].tasks[0].title", equalTo("First task"));
        as("acme-csm").get("/api/v1/journey-templates/" + id).then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void aTemplateNeedsATitledTaskAValidOffsetAndAUniqueName() {
        as("acme-admin").body(Map.of("name", "Broken", "stages", List.of(Map.of("name", "S", "tasks",
                        List.of(Map.of("title", " ", "dueInDays", -1))))))
                .post("/api/v1/journey-templates").then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("title")))
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("dueInDays")));
        String name = "Unique " + UUID.randomUUID();
        as("acme-admin").body(template(name, "T")).post("/api/v1/journey-templates").then().statusCode(201);
        as("acme-admin").body(template(name.toUpperCase(), "T")).post("/api/v1/journey-templates").then().statusCode(409);
    }

    @Test
    void onlyAdminsWriteTemplatesAndOtherTenantsDoNotSeeThem() {
        as("acme-csm").body(template("By a CSM " + UUID.randomUUID(), "T")).post("/api/v1/journey-templates")
                .then().statusCode(403);
        String id = as("acme-admin").body(template("Acme only " + UUID.randomUUID(), "T")).post("/api/v1/journey-templates")
                .then().statusCode(201).extract().path("id");
        as("globex-admin").get("/api/v1/journey-templates/" + id).then().statusCode(404);
        as("globex-admin").body(template("Hijack", "T")).put("/api/v1/journey-templates/" + id).then().statusCode(404);
    }

    static Map<String, Object> template(String name, String taskTitle) {
        return template(name, taskTitle, null);
    }

    static Map<String, Object> template(String name, String taskTitle, String taskId) {
        Map<String, Object> task = new java.util.HashMap<>(Map.of("title", taskTitle, "dueInDays", 3,
                "labels", List.of("l1"), "checklist", List.of("item one")));
        if (taskId != null) {
            task.put("id", taskId);
        }
        return Map.of("name", name, "stages", List.of(Map.of("name", "Only stage", "tasks", List.of(task))));
    }
}
