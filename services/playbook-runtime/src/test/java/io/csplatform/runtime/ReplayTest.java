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
import static io.csplatform.runtime.support.RuntimeKit.activePlaybook;
import static io.csplatform.runtime.support.RuntimeKit.awaitEvaluated;
import static io.csplatform.runtime.support.RuntimeKit.awaitKnown;
import static io.csplatform.runtime.support.RuntimeKit.customer;
import static io.csplatform.runtime.support.RuntimeKit.playbook;
import static io.csplatform.runtime.support.RuntimeKit.publish;
import static io.csplatform.testing.TestPlatform.as;
import static org.hamcrest.Matchers.equalTo;

/** Replay: a new version over the events of a period, beside what the active version fired. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "runtime"))
class ReplayTest {

    @Test
    void aReplayReportsPerCustomerWhatTheNewVersionWouldFireBesideWhatTheActiveOneFired() {
        Instant from = Instant.now().minusSeconds(5);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String playbook = activePlaybook(playbook("replayed " + suffix, "contract.created", null,
                Map.of("type", "customer.status", "params", Map.of("in", List.of("active")))));
        UUID active = customer();
        UUID churned = UUID.randomUUID();
        publish(churned, "customer.created", Map.of("customerId", churned, "name", "Churned " + churned, "status", "churned"));
        awaitKnown(churned);
        publish(active, "contract.created", EngineTest.contract(active));
        publish(churned, "contract.created", EngineTest.contract(churned));
        awaitEvaluated(playbook, active, 1);
        awaitEvaluated(playbook, churned, 1);

        as(ADMIN).body(playbook("replayed " + suffix, "contract.created", null,
                        Map.of("type", "customer.status", "params", Map.of("in", List.of("churned")))))
                .put("/api/v1/playbooks/" + playbook).then().statusCode(200);

        var report = as(ADMIN).post("/api/v1/playbooks/" + playbook + "/replay?version=2&from=" + from
                        + "&to=" + Instant.now().plus(Duration.ofSeconds(1)))
                .then().statusCode(200).body("version", equalTo(2)).body("trigger", equalTo("contract.created"))
                .extract().jsonPath();
        Map<String, Object> a = report.getMap("customers.find { it.customerId == '" + active + "' }");
        Map<String, Object> c = report.getMap("customers.find { it.customerId == '" + churned + "' }");
        org.assertj.core.api.Assertions.assertThat(a).containsEntry("events", 1).containsEntry("wouldFire", 0)
                .containsEntry("didFire", 1);
        org.assertj.core.api.Assertions.assertThat(c).containsEntry("events", 1).containsEntry("wouldFire", 1)
                .containsEntry("didFire", 0);
        as(ADMIN).post("/api/v1/playbooks/" + playbook + "/replay?from=yesterday").then().statusCode(400);
        as("globex-admin").post("/api/v1/playbooks/" + playbook + "/replay").then().statusCode(404);
    }
}
