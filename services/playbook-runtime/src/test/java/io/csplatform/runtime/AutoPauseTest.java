package io.csplatform.runtime;

import io.csplatform.events.payload.ActionResult;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.runtime.support.RuntimeKit.ADMIN;
import static io.csplatform.runtime.support.RuntimeKit.activePlaybook;
import static io.csplatform.runtime.support.RuntimeKit.customer;
import static io.csplatform.runtime.support.RuntimeKit.executions;
import static io.csplatform.runtime.support.RuntimeKit.playbook;
import static io.csplatform.runtime.support.RuntimeKit.publish;
import static io.csplatform.testing.TestPlatform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A playbook whose executions keep failing pauses itself (runtime.auto-pause.failures, 2 in tests) and tells the admins. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "runtime"))
class AutoPauseTest {

    @Test
    void aPlaybookWhoseExecutionsFailTooOftenMovesToMaintenanceAndSaysWhy() {
        String playbook = activePlaybook(playbook("fragile " + UUID.randomUUID(), "contract.created", null, null));
        for (int i = 0; i < 2; i++) {
            UUID customer = customer();
            publish(customer, "contract.created", EngineTest.contract(customer));
            await().atMost(Duration.ofSeconds(60)).until(() -> executions(playbook, customer).size() == 1);
            Map<String, Object> execution = executions(playbook, customer).get(0);
            as(ADMIN).get("/api/v1/playbooks/" + playbook).then().body("status", equalTo("ACTIVE"));
            publish(customer, "action.result", new ActionResult(new ExecutionStep(UUID.fromString((String) execution.get("id")),
                    0, UUID.fromString(playbook), 1), customer, "journey.task.create", ActionResult.Status.FAILED,
                    "the journeys service refused the task", Instant.now()));
            await().atMost(Duration.ofSeconds(60)).until(() -> "FAILED".equals(executions(playbook, customer).get(0).get("status")));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(ADMIN).get("/api/v1/playbooks/" + playbook)
                .then().body("status", equalTo("MAINTENANCE")));
        as(ADMIN).get("/api/v1/playbooks/" + playbook + "/audit").then().statusCode(200)
                .body("items.actor", hasItem("system"))
                .body("items.action", hasItem("MAINTENANCE"));
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            var notice = kafka.await("cs.actions.commands.v1", m -> "notify.csm".equals(m.header("ce_type"))
                    && m.value().contains(playbook), Duration.ofSeconds(30));
            var payload = JsonPath.from(notice.value());
            assertThat(payload.getList("roles")).containsExactly("cs-admin");
            assertThat(payload.getString("title")).contains("pausado automaticamente");
            assertThat(payload.getString("link")).isEqualTo("/playbooks/" + playbook);
            assertThat(notice.header("ce_tenantid")).isEqualTo("acme");
        }
    }
}
