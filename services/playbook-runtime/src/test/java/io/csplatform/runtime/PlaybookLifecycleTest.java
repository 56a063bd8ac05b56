package io.csplatform.runtime;

import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.runtime.support.RuntimeKit.ADMIN;
import static io.csplatform.runtime.support.RuntimeKit.activePlaybook;
import static io.csplatform.runtime.support.RuntimeKit.awaitEvaluated;
import static io.csplatform.runtime.support.RuntimeKit.customer;
import static io.csplatform.runtime.support.RuntimeKit.evaluations;
import static io.csplatform.runtime.support.RuntimeKit.executions;
import static io.csplatform.runtime.support.RuntimeKit.never;
import static io.csplatform.runtime.support.RuntimeKit.playbook;
import static io.csplatform.runtime.support.RuntimeKit.publish;
import static io.csplatform.testing.TestPlatform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** A playbook's life over REST on the real stack: versions, transitions, archive, audit, list filters and paging. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "runtime"))
class PlaybookLifecycleTest {

    private static final String CSM = "acme-csm";
    private static final String OTHER_TENANT = "globex-admin";

    @Test
    void anUpdateMakesANewVersionThatRunsAndEveryTransitionIsAudited() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> v1 = playbook("life " + suffix, "contract.created", null, null);
        String id = as(ADMIN).body(v1).post("/api/v1/playbooks").then().statusCode(201)
                .header("Location", containsString("/api/v1/playbooks/"))
                .body("version", equalTo(1)).body("status", equalTo("DRAFT")).extract().path("id");

        Map<String, Object> v2 = new LinkedHashMap<>(v1);
        v2.put("name", "life v2 " + suffix);
        v2.put("conditions", Map.of("type", "customer.status", "params", Map.of("in", List.of("active"))));
        as(ADMIN).body(v2).put("/api/v1/playbooks/" + id).then().statusCode(200)
                .body("version", equalTo(2)).body("status", equalTo("DRAFT")).body("name", equalTo("life v2 " + suffix));
        var updated = as(ADMIN).get("/api/v1/playbooks/" + id + "/audit").then().statusCode(200).extract().jsonPath();
        assertThat(updated.getString("items[0].action")).isEqualTo("UPDATED");
        assertThat(updated.getInt("items[0].fromVersion")).isEqualTo(1);
        assertThat(updated.getInt("items[0].toVersion")).isEqualTo(2);
        assertThat(updated.getString("items[0].actor")).isEqualTo(ADMIN);
        assertThat(updated.getMap("items[0].changes").keySet()).containsExactlyInAnyOrder("name", "conditions", "delayedSteps");
        assertThat(updated.getMap("items[0].changes.delayedSteps")).as("the edit's choice for delayed steps, the default")
                .containsEntry("policy", "keep").containsEntry("waiting", 0);
        assertThat(updated.getString("items[0].changes.name.from")).isEqualTo("life " + suffix);
        assertThat(updated.getString("items[0].changes.name.to")).isEqualTo("life v2 " + suffix);
        assertThat(updated.getString("items[0].changes.conditions.to.type")).isEqualTo("customer.status");

        as(ADMIN).post("/api/v1/playbooks/" + id + "/activate").then().statusCode(200).body("status", equalTo("ACTIVE"));
        UUID customer = customer();
        publish(customer, "contract.created", EngineTest.contract(customer));
        awaitEvaluated(id, customer, 1);
        assertThat(executions(id, customer)).singleElement()
                .satisfies(execution -> assertThat(execution.get("playbookVersion")).isEqualTo(2));

        as(ADMIN).post("/api/v1/playbooks/" + id + "/maintenance").then().statusCode(200).body("status", equalTo("MAINTENANCE"));
        as(ADMIN).post("/api/v1/playbooks/" + id + "/maintenance").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("MAINTENANCE"));
        as(ADMIN).post("/api/v1/playbooks/" + id + "/deactivate").then().statusCode(200).body("status", equalTo("INACTIVE"));
        as(ADMIN).delete("/api/v1/playbooks/" + id).then().statusCode(204);
        as(ADMIN).get("/api/v1/playbooks/" + id).then().statusCode(200).body("status", equalTo("ARCHIVED"));
        as(ADMIN).post("/api/v1/playbooks/" + id + "/activate").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("ARCHIVED"));
        as(ADMIN).body(v2).put("/api/v1/playbooks/" + id).then().statusCode(409);

        String sentinel = activePlaybook(playbook("sentinel " + suffix, "contract.created", null, never()));
        UUID later = customer();
        publish(later, "contract.created", EngineTest.contract(later));
        awaitEvaluated(sentinel, later, 1);
        assertThat(evaluations(id, later)).as("an archived playbook never fires").isEmpty();

        as(ADMIN).get("/api/v1/playbooks/" + id + "/versions").then().statusCode(200)
                .body("items.version", equalTo(List.of(1, 2)))
                .body("items[0].definition.name", equalTo("life " + suffix))
                .body("items[1].definition.name", equalTo("life v2 " + suffix))
                .body("items[1].actor", equalTo(ADMIN));
        var page = as(ADMIN).get("/api/v1/playbooks/" + id + "/audit?limit=4").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.action")).containsExactly("ARCHIVED", "DEACTIVATED", "MAINTENANCE", "ACTIVATED");
        assertThat(page.getString("items[0].fromStatus")).isEqualTo("INACTIVE");
        assertThat(page.getString("items[0].toStatus")).isEqualTo("ARCHIVED");
        as(ADMIN).get("/api/v1/playbooks/" + id + "/audit?limit=4&cursor=" + page.getString("nextCursor")).then()
                .statusCode(200).body("items.action", equalTo(List.of("UPDATED", "CREATED")))
                .body("nextCursor", nullValue());
    }

    @Test
    void aTemplateNamingAnUnknownVariableIsRefusedWhenThePlaybookIsSaved() {
        as(ADMIN).body(Map.of("name", "bad template " + UUID.randomUUID(), "trigger", Map.of("type", "contract.created"),
                        "actions", List.of(Map.of("type", "email.main-contact", "params", Map.of(
                                "subject", "Olá {cliente.nome}", "body", "Contrato de {contract.mrr} {contract.moeda}")))))
                .post("/api/v1/playbooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("actions[0].params.body", "actions[0].params.subject"))
                .body("errors.find { it.field == 'actions[0].params.subject' }.message", containsString("{cliente.nome}"))
                .body("errors.find { it.field == 'actions[0].params.body' }.message", containsString("contract.currency"));
    }

    @Test
    void anActivePlaybookStaysActiveWhenUpdated() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String id = activePlaybook(playbook("kept " + suffix, "contract.created", null, never()));
        as(ADMIN).body(playbook("kept v2 " + suffix, "contract.created", null, never())).put("/api/v1/playbooks/" + id)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("version", equalTo(2));
        as(ADMIN).post("/api/v1/playbooks/" + id + "/activate").then().statusCode(409)
                .body("detail", containsString("ACTIVE"));
        as(ADMIN).body(Map.of("name", "", "trigger", Map.of("type", "nope"))).put("/api/v1/playbooks/" + id)
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("trigger.type"));
    }

    @Test
    void theListFiltersByStatusAndTriggerAndPagesWithACursor() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            drafts.add(as(ADMIN).body(playbook("listed " + i + " " + suffix, "sale.recorded", null, null))
                    .post("/api/v1/playbooks").then().statusCode(201).extract().path("id"));
        }
        String active = activePlaybook(playbook("listed active " + suffix, "sale.recorded", null, null));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = as(CSM).get("/api/v1/playbooks?status=DRAFT&trigger=sale.recorded&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)).then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
            assertThat(page.getList("items.status", String.class)).allMatch("DRAFT"::equals);
            assertThat(page.getList("items.trigger", String.class)).allMatch("sale.recorded"::equals);
            seen.addAll(page.getList("items.id", String.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 100);
        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(seen).doesNotHaveDuplicates().containsAll(drafts).doesNotContain(active);
        assertThat(seen.indexOf(drafts.get(2))).as("newest updated first").isLessThan(seen.indexOf(drafts.get(0)));

        var actives = as(ADMIN).get("/api/v1/playbooks?status=ACTIVE&trigger=sale.recorded&limit=500").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
        assertThat(actives).contains(active).doesNotContainAnyElementsOf(drafts);
        as(ADMIN).get("/api/v1/playbooks?status=GONE").then().statusCode(400).contentType("application/problem+json");
        as(ADMIN).get("/api/v1/playbooks?cursor=nonsense").then().statusCode(400);
    }

    @Test
    void aCsmReadsButCannotChangeAndAnotherTenantSeesNothing() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> definition = playbook("guarded " + suffix, "contract.created", null, null);
        String id = as(ADMIN).body(definition).post("/api/v1/playbooks").then().statusCode(201).extract().path("id");

        as(CSM).get("/api/v1/playbooks/" + id).then().statusCode(200);
        as(CSM).get("/api/v1/playbooks/" + id + "/audit").then().statusCode(200);
        as(CSM).body(definition).put("/api/v1/playbooks/" + id).then().statusCode(403);
        as(CSM).post("/api/v1/playbooks/" + id + "/activate").then().statusCode(403);
        as(CSM).delete("/api/v1/playbooks/" + id).then().statusCode(403);

        as(OTHER_TENANT).get("/api/v1/playbooks/" + id).then().statusCode(404);
        as(OTHER_TENANT).body(definition).put("/api/v1/playbooks/" + id).then().statusCode(404);
        as(OTHER_TENANT).post("/api/v1/playbooks/" + id + "/activate").then().statusCode(404);
        as(OTHER_TENANT).delete("/api/v1/playbooks/" + id).then().statusCode(404);
        as(OTHER_TENANT).get("/api/v1/playbooks/" + id + "/versions").then().statusCode(404);
        as(OTHER_TENANT).get("/api/v1/playbooks/" + id + "/audit").then().statusCode(404);
        as(ADMIN).get("/api/v1/playbooks/" + UUID.randomUUID()).then().statusCode(404);
        as(ADMIN).get("/api/v1/playbooks/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
    }
}
