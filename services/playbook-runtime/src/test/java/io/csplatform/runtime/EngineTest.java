package io.csplatform.runtime;

import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.runtime.support.RuntimeKit.ADMIN;
import static io.csplatform.runtime.support.RuntimeKit.TENANT;
import static io.csplatform.runtime.support.RuntimeKit.activePlaybook;
import static io.csplatform.runtime.support.RuntimeKit.awaitEvaluated;
import static io.csplatform.runtime.support.RuntimeKit.awaitKnown;
import static io.csplatform.runtime.support.RuntimeKit.customer;
import static io.csplatform.runtime.support.RuntimeKit.evaluations;
import static io.csplatform.runtime.support.RuntimeKit.executions;
import static io.csplatform.runtime.support.RuntimeKit.facts;
import static io.csplatform.runtime.support.RuntimeKit.never;
import static io.csplatform.runtime.support.RuntimeKit.playbook;
import static io.csplatform.runtime.support.RuntimeKit.publish;
import static io.csplatform.testing.TestPlatform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The engine end to end on real Kafka and PostgreSQL: facts, matching, evaluations with traces, the catalog. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "runtime"))
class EngineTest {

    @Test
    void surveyInvitationsAndTheirAnswersAreFactsThatGiveTheResponseRate() {
        UUID customer = customer();
        UUID survey = UUID.randomUUID();
        UUID ana = UUID.randomUUID();
        UUID bia = UUID.randomUUID();
        Instant sent = Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        publish(customer, "survey.sent", Map.of("surveyId", survey, "customerId", customer, "kind", "NPS",
                "invitations", List.of(Map.of("invitationId", UUID.randomUUID(), "contactId", ana, "email", "ana@acme.test"),
                        Map.of("invitationId", UUID.randomUUID(), "contactId", bia, "email", "bia@acme.test")),
                "sentAt", sent.toString(), "expiresAt", sent.plusSeconds(86400 * 30).toString()));
        publish(customer, "nps.response.received", Map.of("responseId", UUID.randomUUID(), "surveyId", survey,
                "customerId", customer, "contactId", ana, "score", 9, "answeredAt", Instant.now().toString()));

        await().atMost(Duration.ofSeconds(60)).until(() -> facts(customer).getList("answers").size() == 1
                && facts(customer).getList("invitations").size() == 2);
        var facts = facts(customer);
        assertThat(facts.getList("invitations.contactId", String.class)).containsExactlyInAnyOrder(ana.toString(), bia.toString());
        assertThat(facts.getString("answers[0].surveyId")).isEqualTo(survey.toString());
        var known = new io.csplatform.runtime.evaluation.Facts(customer, null, List.of(), Map.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(new io.csplatform.runtime.evaluation.Facts.Answer(UUID.randomUUID(), "NPS", ana, 9,
                Instant.now(), survey)), List.of(), null, null, Map.of(), null, null, null,
                List.of(new io.csplatform.runtime.evaluation.Facts.Invitation(UUID.randomUUID(), survey, "NPS", ana, sent),
                        new io.csplatform.runtime.evaluation.Facts.Invitation(UUID.randomUUID(), survey, "NPS", bia, sent)));
        assertThat(known.responseRate("NPS", sent.minusSeconds(1))).isEqualByComparingTo("50.00");
        assertThat(known.responseRate("CSAT", sent.minusSeconds(1))).isNull();
    }

    @Test
    void aMatchingPlaybookRunsOnceAndAFailingOneRecordsWhyItDidNot() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String runs = activePlaybook(playbook("runs " + suffix, "contract.created", null,
                Map.of("type", "customer.status", "params", Map.of("in", List.of("active")))));
        String blocked = activePlaybook(playbook("blocked " + suffix, "contract.created", null, never()));
        UUID customer = customer();

        var event = publish(customer, "contract.created", contract(customer));

        awaitEvaluated(runs, customer, 1);
        awaitEvaluated(blocked, customer, 1);
        assertThat(executions(runs, customer)).hasSize(1);
        assertThat(executions(blocked, customer)).isEmpty();
        Map<String, Object> why = evaluations(blocked, customer).get(0);
        assertThat(why).containsEntry("fired", false).containsEntry("occurrenceId", event.id().toString());
        assertThat(why.get("trace").toString()).contains("customer.status").contains("active");
        as(ADMIN).get("/api/v1/playbooks/" + blocked + "/evaluations?fired=false").then().statusCode(200)
                .body("items.customerId", hasItem(customer.toString()));
        as(ADMIN).get("/api/v1/playbooks/" + runs + "/evaluations?fired=false").then().statusCode(200)
                .body("items.customerId.findAll { it == '" + customer + "' }.size()", equalTo(0));
    }

    @Test
    void anMrrChangeThatArrivesBeforeTheCustomerIsKept() {
        UUID customer = UUID.randomUUID();
        publish(customer, "customer.mrr.changed", Map.of("customerId", customer, "previousMrr", 0, "mrr", 1200.5,
                "arr", 14406, "currency", "BRL"));
        publish(customer, "customer.created", Map.of("customerId", customer, "name", "Late " + customer, "status", "active"));
        awaitKnown(customer);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(facts(customer).getDouble("customer.mrr")).isEqualTo(1200.5));
    }

    @Test
    void aContractForACustomerNotYetKnownRunsItsPlaybookOnceTheCustomerArrives() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String playbook = activePlaybook(playbook("early " + suffix, "contract.created", null, null));
        UUID customer = UUID.randomUUID();
        publish(customer, "contract.created", contract(customer));
        publish(customer, "customer.created", Map.of("customerId", customer, "name", "Later " + customer, "status", "active"));

        awaitEvaluated(playbook, customer, 1);
        assertThat(executions(playbook, customer)).hasSize(1);
        assertThat(facts(customer).getList("contracts")).hasSize(1);
    }

    @Test
    void aRebuiltProjectionEqualsTheLiveOne() {
        UUID customer = customer();
        publish(customer, "contract.created", contract(customer));
        publish(customer, "customer.updated", Map.of("customerId", customer, "changes",
                Map.of("tags", Map.of("from", List.of(), "to", List.of("rebuilt")))));
        publish(customer, "ticket.created", Map.of("ticketId", UUID.randomUUID(), "customerId", customer, "subject", "x",
                "status", "open", "closed", false, "priority", "low", "createdAt", Instant.now().toString(), "version", 1));
        // three topics: wait for each event (a contract's executions commit with its fact)
        await().atMost(Duration.ofSeconds(30)).until(() -> facts(customer).getList("tickets").size() == 1
                && facts(customer).getList("customer.tags").contains("rebuilt")
                && facts(customer).getList("contracts").size() == 1);
        String live = facts(customer).prettify();

        as(ADMIN).post("/api/v1/admin/facts/rebuild").then().statusCode(200)
                .body("tenantId", equalTo(TENANT)).body("eventsApplied", org.hamcrest.Matchers.greaterThan(3));

        assertThat(facts(customer).prettify()).isEqualTo(live);
        as("acme-csm").post("/api/v1/admin/facts/rebuild").then().statusCode(403);
    }

    @Test
    void laterChangesOfTheCustomerFollowAndAnOlderEventNeverOverwritesANewerOne() {
        UUID customer = customer();
        Instant now = Instant.now();
        publish(TENANT, customer, "customer.updated", Map.of("customerId", customer, "changes",
                Map.of("status", Map.of("from", "active", "to", "churned"), "tags", Map.of("from", List.of(), "to", List.of("vip")))), now);
        publish(TENANT, customer, "customer.updated", Map.of("customerId", customer, "changes",
                Map.of("status", Map.of("from", "onboarding", "to", "onboarding"))), now.minusSeconds(60));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var facts = facts(customer);
            assertThat(facts.getString("customer.status")).isEqualTo("churned");
            assertThat(facts.getList("customer.tags")).containsExactly("vip");
        });
    }

    @Test
    void aPlaybookLimitedToOnceACustomerRunsOnceAndTheRefusalIsTraced() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> definition = new java.util.LinkedHashMap<>(playbook("once " + suffix, "contract.created", null, null));
        definition.put("limits", Map.of("perCustomer", 1, "perCustomerInPeriod", Map.of("count", 1, "period", "P30D")));
        String once = activePlaybook(definition);
        UUID customer = customer();

        publish(customer, "contract.created", contract(customer));
        awaitEvaluated(once, customer, 1);
        publish(customer, "contract.created", contract(customer));
        awaitEvaluated(once, customer, 2);

        assertThat(executions(once, customer)).hasSize(1);
        Map<String, Object> refused = evaluations(once, customer).get(0);
        assertThat(refused).containsEntry("fired", false);
        assertThat(refused.get("trace").toString()).contains("limits").contains("perCustomer");
        as(ADMIN).body(Map.of("name", "bad limits", "trigger", Map.of("type", "contract.created"),
                        "limits", Map.of("perCustomer", 0, "perCustomerInPeriod", Map.of("count", 1, "period", "soon")),
                        "actions", List.of(Map.of("type", "journey.task.create", "params", Map.of("title", "x", "dueInDays", 1)))))
                .post("/api/v1/playbooks").then().statusCode(400)
                .body("errors.field", hasItem("limits.perCustomer"))
                .body("errors.field", hasItem("limits.perCustomerInPeriod.period"));
    }

    @Test
    void anEventDeepInACausationChainIsStoppedAsALoopAndTheRefusalIsTraced() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String playbook = activePlaybook(playbook("loop " + suffix, "contract.created", null, null));
        UUID customer = customer();

        io.csplatform.runtime.support.RuntimeKit.publishAtDepth(customer, "contract.created", contract(customer), 5);
        awaitEvaluated(playbook, customer, 1);
        publish(customer, "contract.created", contract(customer));
        awaitEvaluated(playbook, customer, 2);

        assertThat(executions(playbook, customer)).hasSize(1);
        Map<String, Object> stopped = evaluations(playbook, customer).get(1);
        assertThat(stopped).containsEntry("fired", false);
        assertThat(stopped.get("trace").toString()).contains("loop-guard").contains("maxDepth");
    }

    @Test
    void theCatalogListsEveryTriggerConditionAndActionWithLabelsAndSchemas() {
        as(ADMIN).get("/api/v1/catalog").then().statusCode(200)
                .body("triggers.id", hasItem("contract.created"))
                .body("conditions.id", hasItem("customer.status"))
                .body("actions.id", hasItem("email.main-contact"))
                .body("triggers.find { it.id == 'contract.mrr.changed' }.labels.pt", equalTo("Alteração de valor de MRR"))
                .body("triggers.find { it.id == 'contract.mrr.changed' }.paramsSchema.properties.mode.enum", hasItem("UPSELL"));
    }

    @Test
    void aBadParameterAnswers400WithTheJsonPathOfTheMistake() {
        as(ADMIN).body(Map.of("name", "bad", "trigger", Map.of("type", "contract.mrr.changed", "params", Map.of("mode", "UP")),
                        "conditions", Map.of("all", List.of(Map.of("type", "customer.status", "params", Map.of("in", List.of())))),
                        "actions", List.of(Map.of("type", "journey.task.create", "params", Map.of("title", "x", "dueInDays", 1)))))
                .post("/api/v1/playbooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("trigger.params.mode"))
                .body("errors.field", hasItem("conditions.all[0].params.in"));
    }

    @Test
    void evaluationListsArePaginatedWithACursor() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String playbook = activePlaybook(playbook("paged " + suffix, "contract.created", null, never()));
        UUID customer = customer();
        for (int i = 0; i < 3; i++) {
            publish(customer, "contract.created", contract(customer));
        }
        awaitEvaluated(playbook, customer, 3);
        var first = as(ADMIN).get("/api/v1/playbooks/" + playbook + "/evaluations?limit=2").then().statusCode(200)
                .body("items.size()", equalTo(2)).extract().jsonPath();
        String cursor = first.getString("nextCursor");
        assertThat(cursor).isNotBlank();
        as(ADMIN).get("/api/v1/playbooks/" + playbook + "/evaluations?limit=2&cursor=" + cursor).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("nextCursor", equalTo(null));
        as(ADMIN).get("/api/v1/playbooks/" + playbook + "/evaluations?limit=2&cursor=garbage").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        as("globex-admin").get("/api/v1/playbooks/" + playbook + "/evaluations").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void executionListsArePaginatedWithACursor() {
        String playbook = activePlaybook(playbook("executions " + UUID.randomUUID(), "contract.created", null, null));
        UUID customer = customer();
        for (int i = 0; i < 3; i++) {
            publish(customer, "contract.created", contract(customer));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> executions(playbook, customer).size() == 3);
        String cursor = as(ADMIN).get("/api/v1/playbooks/" + playbook + "/executions?limit=2").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("items[0].steps.size()", equalTo(1))
                .extract().path("nextCursor");
        as(ADMIN).get("/api/v1/playbooks/" + playbook + "/executions?limit=2&cursor=" + cursor).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("nextCursor", equalTo(null));
        as(ADMIN).get("/api/v1/playbooks/" + playbook + "/executions?limit=0").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
    }

    static Map<String, Object> contract(UUID customer) {
        return Map.of("contractId", UUID.randomUUID(), "customerId", customer, "mrr", 1000, "currency", "BRL",
                "startDate", "2026-01-01", "endDate", "2026-12-31", "status", "active");
    }
}
