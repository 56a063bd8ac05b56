package io.csplatform.runtime.template;

import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The starter templates over REST on the real stack: list and paging, read, instantiate as a tenant's DRAFT, activate. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "runtime"))
class PlaybookTemplateApiTest {

    @Test
    void theTemplatesAreListedAPageAtATimeAndReadOneByOne() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as("acme-csm").queryParam("limit", 6);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/playbook-templates").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(15).doesNotHaveDuplicates()
                .startsWith("onboarding-welcome-kickoff", "kickoff-overdue-30d").contains("retention-routine");
        as("acme-csm").get("/api/v1/playbook-templates/onboarding-welcome-kickoff").then().statusCode(200)
                .body("name", equalTo("Onboarding: boas-vindas e Kickoff"))
                .body("source", containsString("seed 000"))
                .body("playbook.trigger.type", equalTo("contract.created"))
                .body("playbook.actions.type", equalTo(List.of("email.main-contact", "journey.task.create")));
        as("acme-csm").queryParam("cursor", "not-a-cursor").get("/api/v1/playbook-templates").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void unknownTemplateIsANotFoundProblem() {
        as("acme-csm").get("/api/v1/playbook-templates/no-such-template").then().statusCode(404)
                .contentType("application/problem+json");
        as("acme-admin").post("/api/v1/playbook-templates/no-such-template/instantiate").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void instantiatingMakesAnEditableDraftOfTheCallersTenantOnly_thatTheTenantActivates() {
        String name = "Kickoff atrasado " + UUID.randomUUID().toString().substring(0, 8);
        String id = as("acme-admin").body(Map.of("name", name))
                .post("/api/v1/playbook-templates/kickoff-overdue-30d/instantiate").then().statusCode(201)
                .header("Location", containsString("/api/v1/playbooks/"))
                .body("status", equalTo("DRAFT")).body("version", equalTo(1)).body("name", equalTo(name))
                .body("definition.trigger.type", equalTo("schedule.periodic"))
                .body("definition.conditions.all[0].type", equalTo("journey.task.status"))
                .extract().path("id");

        as("acme-admin").get("/api/v1/playbooks/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
        as("globex-admin").get("/api/v1/playbooks/" + id).then().statusCode(404);
        as("globex-admin").queryParam("status", "DRAFT").queryParam("limit", 500).get("/api/v1/playbooks").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        as("acme-csm").post("/api/v1/playbook-templates/kickoff-overdue-30d/instantiate").then().statusCode(403);

        as("acme-admin").post("/api/v1/playbooks/" + id + "/activate").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        as("acme-admin").delete("/api/v1/playbooks/" + id).then().statusCode(204);
    }

    @Test
    void overridesAreValidatedLikeAPlaybook() {
        String id = as("acme-admin").body(Map.of("triggerParams", Map.of("weekdays", List.of("MON"), "at", "07:30")))
                .post("/api/v1/playbook-templates/retention-routine/instantiate").then().statusCode(201)
                .body("definition.trigger.params.at", equalTo("07:30"))
                .body("name", equalTo("Rotina de retenção: diagnóstico e plano de recuperação")).extract().path("id");
        as("acme-admin").delete("/api/v1/playbooks/" + id).then().statusCode(204);

        as("acme-admin").body(Map.of("triggerParams", Map.of("every", "P1D", "at", "25:00")))
                .post("/api/v1/playbook-templates/kickoff-overdue-30d/instantiate").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("trigger.params.at"));
        as("acme-admin").body(Map.of("name", " "))
                .post("/api/v1/playbook-templates/kickoff-overdue-30d/instantiate").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
    }
}
