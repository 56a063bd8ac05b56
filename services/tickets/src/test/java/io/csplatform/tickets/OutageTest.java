package io.csplatform.tickets;

import io.csplatform.devstack.DevStack;
import io.csplatform.testing.SharedDevStack;
import io.csplatform.testing.TcpProxy;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static io.csplatform.tickets.Helpdesk.ticket;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * An outage of the platform's own database is not the message's fault: a message consumed while PostgreSQL is
 * unreachable waits for it and is applied once it is back, instead of being parked on the dead-letter topic after the
 * consumer's few retries (issue #18's fault runs: messages in processing when PostgreSQL or Kafka went away were not
 * through afterwards). The service reaches PostgreSQL through a proxy the test cuts.
 */
@QuarkusTest
@QuarkusTestResource(value = OutageTest.ProxiedDatabase.class, restrictToAnnotatedClass = true)
class OutageTest {

    private static final TestPlatform PLATFORM = TicketsTest.PLATFORM;
    private static volatile TcpProxy database;

    /** The shared stack, with the service's datasource behind a proxy. */
    public static class ProxiedDatabase implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            DevStack stack = SharedDevStack.get();
            database = TcpProxy.to("localhost", stack.postgresPort());
            Map<String, String> config = new HashMap<>(stack.quarkusConfig("tickets"));
            String direct = "localhost:" + stack.postgresPort() + "/";
            String proxied = "localhost:" + database.port() + "/";
            config.put("quarkus.datasource.reactive.url", config.get("quarkus.datasource.reactive.url").replace(direct, proxied));
            config.put("quarkus.datasource.jdbc.url", config.get("quarkus.datasource.jdbc.url").replace(direct, proxied));
            config.put("quarkus.devservices.enabled", "false");
            return config;
        }

        @Override
        public void stop() {
            database.close();
        }
    }

    @Test
    void aMessageConsumedWhileTheDatabaseIsDownIsAppliedWhenItIsBackNotParked() throws InterruptedException {
        String customer = "outage-" + UUID.randomUUID();
        PLATFORM.customer("acme", customer);
        String externalId = "t-" + customer;

        database.cut();
        try {
            Helpdesk.publish("acme", "helpdesk.ticket", customer, ticket(customer, externalId, 1, "open", Map.of()));
            // longer than the consumer's own retries (3, 1 s apart): before the fix the message was parked by now
            Thread.sleep(Duration.ofSeconds(10).toMillis());
        } finally {
            database.restore();
        }

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> as("acme-csm")
                .get("/api/v1/tickets?externalId=" + externalId).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].status", equalTo("open")));
    }
}
