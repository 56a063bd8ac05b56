package io.csplatform.e2e;

import io.csplatform.devstack.DevStack;
import io.csplatform.devstack.Ports;
import io.csplatform.devstack.ServiceProcess;
import io.csplatform.testing.SharedDevStack;
import io.csplatform.testing.TcpProxy;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readiness follows the database: a service (tickets, its packaged jar) reaches PostgreSQL through a proxy the test
 * cuts; /q/health/ready answers 503 with its datasource checks DOWN while it is cut, 200 again once it is restored
 * (the service reconnects by itself), and the Kafka check is part of the readiness answer. A write while it is cut
 * is answered 503 with {@code Retry-After} and a problem (not 500), and answered normally once it is restored.
 */
class ReadinessIT {

    @Test
    void readinessAndWritesFollowPostgresqlWhenItIsUnreachableAndBackAgain() {
        DevStack stack = SharedDevStack.get();
        Path home = Path.of(System.getProperty("cs.home", ".."));
        try (TcpProxy postgres = TcpProxy.to("localhost", stack.postgresPort())) {
            Map<String, String> config = new HashMap<>(stack.quarkusConfig("tickets"));
            String direct = "localhost:" + stack.postgresPort() + "/";
            String proxied = "localhost:" + postgres.port() + "/";
            config.put("quarkus.datasource.reactive.url", config.get("quarkus.datasource.reactive.url").replace(direct, proxied));
            config.put("quarkus.datasource.jdbc.url", config.get("quarkus.datasource.jdbc.url").replace(direct, proxied));
            // a bystander: its own consumer groups from the latest offsets, dropping what fails while cut, so the
            // platform's tickets service keeps every message and nothing is parked because of this test
            String run = UUID.randomUUID().toString().substring(0, 8);
            for (String channel : List.of("customer-events", "tenant-settings", "helpdesk-ingest")) {
                config.put("mp.messaging.incoming." + channel + ".group.id", "readiness-" + run + "-" + channel);
                config.put("mp.messaging.incoming." + channel + ".auto.offset.reset", "latest");
                config.put("mp.messaging.incoming." + channel + ".failure-strategy", "ignore");
            }
            int port = Ports.free();
            try (ServiceProcess tickets = ServiceProcess.start("tickets-readiness",
                    home.resolve("services/tickets/target/quarkus-app/quarkus-run.jar"), port, config,
                    home.resolve("e2e/target/logs/tickets-readiness.log"))) {
                String ready = "http://localhost:" + tickets.port() + "/q/health/ready";
                Response up = given().get(ready);
                assertThat(up.statusCode()).isEqualTo(200);
                assertThat(up.jsonPath().getList("checks.name", String.class))
                        .anySatisfy(name -> assertThat(name).containsIgnoringCase("kafka"))
                        .anySatisfy(name -> assertThat(name).containsIgnoringCase("database"));

                postgres.cut();
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    Response down = given().get(ready);
                    assertThat(down.statusCode()).isEqualTo(503);
                    assertThat(down.jsonPath().getString("status")).isEqualTo("DOWN");
                    assertThat(down.jsonPath().getList("checks.findAll { it.status == 'DOWN' }.name", String.class))
                            .anySatisfy(name -> assertThat(name).containsIgnoringCase("database"));
                });

                // a write while the database is away: 503 with Retry-After and a problem, not 500
                String token = stack.token("acme-admin", "acme-admin");
                java.util.function.Supplier<io.restassured.specification.RequestSpecification> api = () -> given()
                        .baseUri("http://localhost:" + tickets.port()).auth().oauth2(token);
                Response refused = api.get().contentType("application/json")
                        .body(Map.of("customerId", UUID.randomUUID().toString(), "subject", "while the database is away"))
                        .post("/api/v1/tickets");
                assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(503);
                assertThat(refused.header("Retry-After")).isNotBlank();
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.jsonPath().getString("type")).endsWith("/unavailable");

                postgres.restore();
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        assertThat(given().get(ready).statusCode()).isEqualTo(200));
                // and it recovers by itself: its API reads the database again
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        assertThat(api.get().get("/api/v1/tickets?limit=1").statusCode()).isEqualTo(200));
            }
        }
    }
}
