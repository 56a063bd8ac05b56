package io.csplatform.runtime;

import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.runtime.support.RuntimeKit.ADMIN;
import static io.csplatform.runtime.support.RuntimeKit.customer;
import static io.csplatform.testing.TestPlatform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Try before turning on: the decision, the trace and the commands, and nothing written or sent anywhere. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "runtime"))
class SimulateTest {

    private static final String SIDE_EFFECTS = """
            select (select count(*) from evaluation where customer_id = :customer)
                 + (select count(*) from execution where customer_id = :customer)
                 + (select count(*) from delayed_step where customer_id = :customer)
                 + (select count(*) from pending_trigger where customer_id = :customer)
                 + (select count(*) from outbox where aggregateid = :key)""";

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void aSimulationAnswersTheDecisionTraceAndCommandsAndWritesNothing() throws Throwable {
        UUID customer = customer();
        UUID stranger = UUID.randomUUID();
        long before = sideEffects(customer);

        as(ADMIN).body(Map.of("customerIds", List.of(customer.toString(), stranger.toString()),
                        "event", Map.of("contractId", UUID.randomUUID(), "customerId", customer, "mrr", 900),
                        "playbook", Map.of("name", "try me", "trigger", Map.of("type", "contract.created"),
                                "conditions", Map.of("type", "customer.status", "params", Map.of("in", List.of("active"))),
                                "actions", List.of(
                                        Map.of("type", "email.main-contact", "params", Map.of("subject", "Olá {customer.name}", "body", "...")),
                                        Map.of("type", "journey.task.create", "params", Map.of("title", "Kickoff", "dueInDays", 7),
                                                "delay", Map.of("after", "P1D"))))))
                .post("/api/v1/playbooks/simulate").then().statusCode(200)
                .body("customers", equalTo(2)).body("wouldFire", equalTo(1))
                .body("items[0].fire", equalTo(true))
                .body("items[0].trace.type", hasItem("customer.status"))
                .body("items[0].steps[0].commandType", equalTo("email.main-contact"))
                .body("items[0].steps[0].command.to[0].email", startsWith("ana-" + customer))
                .body("items[0].steps[1].commandType", equalTo("journey.task.create"))
                .body("items[1].known", equalTo(false));

        as(ADMIN).body(Map.of("customerIds", List.of(customer.toString()),
                        "playbook", Map.of("name", "not for churned", "trigger", Map.of("type", "contract.created"),
                                "conditions", Map.of("type", "customer.status", "params", Map.of("in", List.of("churned"))),
                                "actions", List.of(Map.of("type", "journey.task.create", "params", Map.of("title", "x", "dueInDays", 1))))))
                .post("/api/v1/playbooks/simulate").then().statusCode(200)
                .body("items[0].fire", equalTo(false))
                .body("items[0].trace.find { it.type == 'customer.status' }.seen.'customer.status'", equalTo("active"));

        // nothing written, not even later: the count stays the same for a while
        org.awaitility.Awaitility.await().during(java.time.Duration.ofSeconds(2)).atMost(java.time.Duration.ofSeconds(5))
                .until(() -> sideEffects(customer) == before);
    }

    @Test
    void aBadRequestNamesItsFields() {
        as(ADMIN).body(Map.of("limit", 9999, "playbookId", "nope",
                        "playbook", Map.of("name", "x", "trigger", Map.of("type", "moon.phase"), "actions", List.of())))
                .post("/api/v1/playbooks/simulate").then().statusCode(400)
                .body("errors.field", hasItem("playbook.trigger.type"))
                .body("errors.field", hasItem("playbook.actions"))
                .body("errors.field", hasItem("limit"))
                .body("errors.field", hasItem("playbookId"));
    }

    private long sideEffects(UUID customer) {
        try {
            return sideEffectsOf(customer);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private long sideEffectsOf(UUID customer) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> sessions.withSession(session -> session
                .createNativeQuery(SIDE_EFFECTS, Long.class).setParameter("customer", customer)
                .setParameter("key", "acme:" + customer).getSingleResult()));
    }
}
