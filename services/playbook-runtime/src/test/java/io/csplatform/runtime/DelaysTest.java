package io.csplatform.runtime;

import io.csplatform.runtime.delay.DelayedStepSweep;
import io.csplatform.runtime.support.RuntimeKit;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
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
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Delayed actions on the real stack: sent when due, skipped when the playbook is no longer ACTIVE or the customer was
 * archived; an edit keeps them as their version defined them unless it cancels them ({@code ?delayedSteps=cancel}).
 * Surviving a kill and restart of the runtime process: {@code DelayRestartIT}.
 */
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

        as(ADMIN).body(delayed("Edited " + suffix)).put("/api/v1/playbooks/" + playbook).then().statusCode(200)
                .body("version", equalTo(2));
        JsonPath audit = as(ADMIN).get("/api/v1/playbooks/" + playbook + "/audit").then().statusCode(200).extract().jsonPath();
        assertThat(audit.getString("items[0].action")).isEqualTo("UPDATED");
        assertThat(audit.getMap("items[0].changes.delayedSteps")).as("the default policy, audited")
                .containsEntry("policy", "keep").containsEntry("waiting", 1);
        sweepAt(Instant.now().plus(Duration.ofMinutes(30)));
        assertThat(steps(awaitExecution(playbook, customer))).containsExactly("DISPATCHED", "SCHEDULED");
        sweepAt(Instant.now().plus(Duration.ofHours(2)));

        Map<String, Object> done = awaitExecution(playbook, customer);
        assertThat(steps(done)).containsExactly("DISPATCHED", "DISPATCHED");
        assertThat(done.get("playbookVersion")).as("the execution names the version that fired").isEqualTo(1);
        KafkaMessage command = command(execution.get("id").toString(), 1);
        assertThat(command.value()).as("the old version's parameters").contains("Later Follow-up " + suffix)
                .doesNotContain("Edited");
    }

    @Test
    void anEditThatKeepsDelayedStepsSaysSoAndTheyRunAsTheirVersionDefinedThem() throws Throwable {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String playbook = activePlaybook(delayed("Kept " + suffix));
        UUID customer = customer();
        publish(customer, "contract.created", EngineTest.contract(customer));
        String execution = awaitExecution(playbook, customer).get("id").toString();

        as(ADMIN).body(delayed("Changed " + suffix)).put("/api/v1/playbooks/" + playbook + "?delayedSteps=keep")
                .then().statusCode(200).body("version", equalTo(2));
        as(ADMIN).body(delayed("Changed again " + suffix)).put("/api/v1/playbooks/" + playbook + "?delayedSteps=KEEP")
                .then().statusCode(200).body("version", equalTo(3));
        sweepAt(Instant.now().plus(Duration.ofHours(2)));

        Map<String, Object> done = awaitExecution(playbook, customer);
        assertThat(steps(done)).containsExactly("DISPATCHED", "DISPATCHED");
        assertThat(done.get("playbookVersion")).isEqualTo(1);
        assertThat(command(execution, 1).value()).contains("Later Kept " + suffix).doesNotContain("Changed");
        assertThat(as(ADMIN).get("/api/v1/playbooks/" + playbook + "/audit").then().statusCode(200).extract().jsonPath()
                .getMap("items[0].changes.delayedSteps")).containsEntry("policy", "keep").containsEntry("waiting", 1);
    }

    @Test
    void anEditThatCancelsDelayedStepsSkipsThemAtOnceWithTheReasonAndSendsNothing() throws Throwable {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String playbook = activePlaybook(Map.of("name", "Cancelled " + suffix, "trigger", Map.of("type", "contract.created"),
                "actions", List.of(Map.of("type", "journey.task.create",
                        "params", Map.of("title", "Later Cancelled " + suffix, "dueInDays", 1),
                        "delay", Map.of("after", "PT1H")))));
        UUID customer = customer();
        publish(customer, "contract.created", EngineTest.contract(customer));
        Map<String, Object> execution = awaitExecution(playbook, customer);
        assertThat(steps(execution)).containsExactly("SCHEDULED");
        assertThat(execution.get("status")).isEqualTo("RUNNING");

        as(ADMIN).body(delayed("Replacement " + suffix)).put("/api/v1/playbooks/" + playbook + "?delayedSteps=cancel")
                .then().statusCode(200).body("version", equalTo(2)).body("status", equalTo("ACTIVE"));

        Map<String, Object> cancelled = awaitExecution(playbook, customer);
        assertThat(steps(cancelled)).as("skipped in the edit's transaction, before any sweep").containsExactly("SKIPPED");
        assertThat(step(cancelled, 0).get("detail").toString()).contains("version 2").contains("cancel");
        assertThat(cancelled.get("status")).as("closed as a last step's result closes it").isEqualTo("COMPLETED");
        assertThat(cancelled.get("playbookVersion")).isEqualTo(1);
        JsonPath audit = as(ADMIN).get("/api/v1/playbooks/" + playbook + "/audit").then().statusCode(200).extract().jsonPath();
        assertThat(audit.getString("items[0].action")).isEqualTo("UPDATED");
        assertThat(audit.getMap("items[0].changes.delayedSteps")).containsEntry("policy", "cancel").containsEntry("skipped", 1);

        sweepAt(Instant.now().plus(Duration.ofHours(2)));
        assertThat(steps(awaitExecution(playbook, customer))).containsExactly("SKIPPED");
        // the new version fires for another customer after the sweep: once its first command is on the topic, anything
        // the sweep had sent would be there too
        UUID other = customer();
        publish(other, "contract.created", EngineTest.contract(other));
        Map<String, Object> next = awaitExecution(playbook, other);
        assertThat(next.get("playbookVersion")).isEqualTo(2);
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            kafka.await("cs.actions.commands.v1", m -> m.value().contains(next.get("id").toString()), Duration.ofSeconds(60));
            assertThat(kafka.readAll("cs.actions.commands.v1")).as("nothing of the cancelled step is sent")
                    .noneMatch(m -> m.value().contains(execution.get("id").toString()));
        }
        as(ADMIN).post("/api/v1/playbooks/" + playbook + "/deactivate").then().statusCode(200);
    }

    @Test
    void aDelayedStepResolvesItsRecipientsWhenItRunsNotWhenThePlaybookFired() throws Throwable {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String playbook = activePlaybook(Map.of("name", "Owner when due " + suffix, "trigger", Map.of("type", "contract.created"),
                "actions", List.of(Map.of("type", "email.csm",
                        "params", Map.of("ownerTypes", List.of("Analista Principal"), "subject", "Renovação " + suffix,
                                "body", "Olá {recipient.name}"),
                        "delay", Map.of("after", "PT1H")))));
        UUID customer = customer();
        UUID ownerType = UUID.randomUUID();
        publish(customer, "customer.owner.changed", Map.of("customerId", customer, "ownerTypeId", ownerType,
                "ownerTypeName", "Analista Principal", "toUserId", "first-" + suffix));
        await().atMost(Duration.ofSeconds(60)).until(() -> RuntimeKit.facts(customer).prettify().contains("first-" + suffix));
        publish(customer, "contract.created", EngineTest.contract(customer));
        String execution = awaitExecution(playbook, customer).get("id").toString();

        publish(customer, "customer.owner.changed", Map.of("customerId", customer, "ownerTypeId", ownerType,
                "ownerTypeName", "Analista Principal", "fromUserId", "first-" + suffix, "toUserId", "later-" + suffix));
        await().atMost(Duration.ofSeconds(60)).until(() -> RuntimeKit.facts(customer).prettify().contains("later-" + suffix));
        sweepAt(Instant.now().plus(Duration.ofHours(2)));

        assertThat(steps(awaitExecution(playbook, customer))).containsExactly("DISPATCHED");
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            KafkaMessage command = kafka.await("cs.actions.commands.v1", m -> m.value().contains(execution),
                    Duration.ofSeconds(60));
            assertThat(TestPlatform.json(command).get("userIds")).as("whoever holds the owner type when the step runs")
                    .isEqualTo(List.of("later-" + suffix));
        }

        UUID nobody = customer();
        publish(nobody, "contract.created", EngineTest.contract(nobody));
        awaitExecution(playbook, nobody);
        sweepAt(Instant.now().plus(Duration.ofHours(2)));
        Map<String, Object> skipped = awaitExecution(playbook, nobody);
        assertThat(steps(skipped)).containsExactly("SKIPPED");
        assertThat(step(skipped, 0).get("detail").toString())
                .isEqualTo("when due: nobody holds owner type Analista Principal for the customer (Não informado)");
    }

    @Test
    void aBadDelayedStepsPolicyAnswers400NamingTheFieldAndChangesNothing() {
        String playbook = activePlaybook(delayed("Bad policy " + UUID.randomUUID()));
        as(ADMIN).body(delayed("Never stored")).put("/api/v1/playbooks/" + playbook + "?delayedSteps=later")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("delayedSteps"))
                .body("detail", containsString("keep or cancel"));
        as(ADMIN).get("/api/v1/playbooks/" + playbook).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void theOpenApiDocumentStatesTheDelayedStepsPolicyOfAnEdit() {
        JsonPath openapi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> put = openapi.getMap("paths.'/api/v1/playbooks/{id}'.put");
        assertThat(put.get("description").toString())
                .contains("runs, when due, as the version that fired defined it")
                .contains("delayedSteps=keep").contains("delayedSteps=cancel").contains("SKIPPED");
        assertThat(put.get("parameters").toString()).contains("delayedSteps").contains("keep").contains("cancel");
    }

    @Test
    void aDelayedStepForACustomerArchivedMeanwhileIsSkippedWithTheReason() throws Throwable {
        String playbook = activePlaybook(delayed("Archived " + UUID.randomUUID()));
        UUID customer = customer();
        publish(customer, "contract.created", EngineTest.contract(customer));
        awaitExecution(playbook, customer);

        publish(customer, "customer.updated", """
                {"customerId": "%s", "changes": {"archivedAt": {"from": null, "to": "%s"}}}""".formatted(customer, Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> RuntimeKit.facts(customer).getBoolean("customer.archived"));
        sweepAt(Instant.now().plus(Duration.ofHours(2)));

        Map<String, Object> execution = awaitExecution(playbook, customer);
        assertThat(steps(execution)).containsExactly("DISPATCHED", "SKIPPED");
        assertThat(step(execution, 1).get("detail").toString()).contains("archived");
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
    private static Map<String, Object> step(Map<String, Object> execution, int step) {
        return ((List<Map<String, Object>>) execution.get("steps")).stream()
                .filter(s -> ((Integer) s.get("step")) == step).findFirst().orElseThrow();
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
