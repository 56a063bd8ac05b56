package io.csplatform.runtime;

import io.csplatform.runtime.delay.DelayedStepSweep;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.runtime.support.RuntimeKit.ADMIN;
import static io.csplatform.runtime.support.RuntimeKit.activePlaybook;
import static io.csplatform.runtime.support.RuntimeKit.customer;
import static io.csplatform.runtime.support.RuntimeKit.executions;
import static io.csplatform.runtime.support.RuntimeKit.publish;
import static io.csplatform.testing.TestPlatform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Delayed actions on the real stack: durable, sent when due, skipped when the playbook is no longer ACTIVE. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "runtime"))
class DelaysTest {

    @Inject
    DelayedStepSweep sweep;

    @Test
    void aDelayedStepWaitsUntilItIsDueAndAnEditMeanwhileDoesNotChangeIt() throws Throwable {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String playbook = activePlaybook(delayed("Follow-up " + suffix));
        UUID customer = customer();
        publish(customer, "contract.created", EngineTest.contract(customer));
        Map<String, Object> execution = awaitExecution(playbook, customer);
        assertThat(steps(execution)).containsExactly("DISPATCHED", "SCHEDULED");

        as(ADMIN).body(delayed("Edited " + suffix)).put("/api/v1/playbooks/" + playbook).then().statusCode(200);
        sweepAt(Instant.now().plus(Duration.ofMinutes(30)));
        assertThat(steps(awaitExecution(playbook, customer))).containsExactly("DISPATCHED", "SCHEDULED");
        sweepAt(Instant.now().plus(Duration.ofHours(2)));

        assertThat(steps(awaitExecution(playbook, customer))).containsExactly("DISPATCHED", "DISPATCHED");
        KafkaMessage command = command(execution.get("id").toString(), 1);
        assertThat(command.value()).contains("Later Follow-up " + suffix).doesNotContain("Edited");
    }

    @Test
    void aDelayedStepOfAPlaybookDeactivatedMeanwhileIsSkippedWithTheReason() throws Throwable {
        String playbook = activePlaybook(delayed("Deactivated " + UUID.randomUUID()));
        UUID customer = customer();
        publish(customer, "contract.created", EngineTest.contract(customer));
        awaitExecution(playbook, customer);

        as(ADMIN).post("/api/v1/playbooks/" + playbook + "/deactivate").then().statusCode(200);
        sweepAt(Instant.now().plus(Duration.ofHours(2)));

        Map<String, Object> execution = awaitExecution(playbook, customer);
        assertThat(steps(execution)).containsExactly("DISPATCHED", "SKIPPED");
        assertThat(execution.toString()).contains("INACTIVE");
    }

    @Test
    void theCatalogsExampleDocumentIsAcceptedAsWritten() {
        as(ADMIN).body("""
                {"name": "Onboarding: welcome and kickoff",
                 "trigger": { "type": "contract.created" },
                 "conditions": {"all": [
                   { "type": "customer.status", "params": { "in": ["active", "onboarding"] } },
                   { "not": { "type": "customer.tags", "params": { "has": ["no-onboarding"] } } }]},
                 "actions": [
                   { "type": "email.main-contact", "params": { "subject": "Bem-vindo, {customer.name}!", "body": "..." } },
                   { "type": "journey.task.create",
                     "params": { "title": "Kickoff", "dueInDays": 7, "skipWeekends": true,
                                 "assignee": { "ownerType": "Analista Principal" } },
                     "delay": { "after": "P1D" } }],
                 "limits": { "perCustomer": 1, "perCustomerInPeriod": { "count": 1, "period": "P30D" } }}""")
                .post("/api/v1/playbooks").then().statusCode(201);
    }

    private static Map<String, Object> delayed(String title) {
        return Map.of("name", title, "trigger", Map.of("type", "contract.created"),
                "actions", List.of(
                        Map.of("type", "journey.task.create", "params", Map.of("title", "Now " + title, "dueInDays", 1)),
                        Map.of("type", "journey.task.create", "params", Map.of("title", "Later " + title, "dueInDays", 1),
                                "delay", Map.of("after", "PT1H"))));
    }

    private void sweepAt(Instant at) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> sweep.runAt(at));
    }

    private static Map<String, Object> awaitExecution(String playbook, UUID customer) {
        await().atMost(Duration.ofSeconds(60)).until(() -> executions(playbook, customer).size() == 1);
        return executions(playbook, customer).get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> steps(Map<String, Object> execution) {
        return ((List<Map<String, Object>>) execution.get("steps")).stream().map(s -> (String) s.get("status")).toList();
    }

    private static KafkaMessage command(String executionId, int step) {
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            List<KafkaMessage> all = kafka.awaitAll("cs.actions.commands.v1", m -> m.value().contains(executionId), 2,
                    Duration.ofSeconds(60));
            return all.stream().filter(m -> ((Map<?, ?>) TestPlatform.json(m).get("source")).get("step")
                    .equals((double) step)).findFirst().orElseThrow();
        }
    }
}
