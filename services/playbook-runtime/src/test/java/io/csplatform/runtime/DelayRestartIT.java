package io.csplatform.runtime;

import io.csplatform.devstack.DevStack;
import io.csplatform.devstack.Ports;
import io.csplatform.devstack.ServiceProcess;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.SharedDevStack;
import io.csplatform.testing.TestPlatform;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.csplatform.runtime.support.RuntimeKit.activePlaybook;
import static io.csplatform.runtime.support.RuntimeKit.customer;
import static io.csplatform.runtime.support.RuntimeKit.executions;
import static io.csplatform.runtime.support.RuntimeKit.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A delay survives a restart of the runtime: the packaged runtime ({@code target/quarkus-app}, after
 * {@code package}, hence a failsafe test) runs as its own process on the real stack, fires a playbook whose second step
 * is delayed, and is killed (SIGKILL: no shutdown hook, nothing flushed) before the step is due; the step is then a row
 * and nothing else, and a new runtime process sends it once, with the parameters it was planned with.
 */
class DelayRestartIT {

    private static final String COMMANDS = "cs.actions.commands.v1";
    private static final Duration DELAY = Duration.ofSeconds(30);

    private final List<ServiceProcess> runtimes = new ArrayList<>();

    @AfterEach
    void stopRuntimes() {
        runtimes.forEach(ServiceProcess::close);
    }

    @Test
    void aStepDelayedBeforeTheRuntimeIsKilledIsSentOnceByTheNextRuntime() throws Exception {
        DevStack stack = SharedDevStack.get();
        ServiceProcess first = start(stack, 1);
        String title = "Restart " + UUID.randomUUID().toString().substring(0, 8);
        String playbook = activePlaybook(Map.of("name", title, "trigger", Map.of("type", "contract.created"),
                "actions", List.of(
                        Map.of("type", "journey.task.create", "params", Map.of("title", "Now " + title, "dueInDays", 1)),
                        Map.of("type", "journey.task.create", "params", Map.of("title", "Later " + title, "dueInDays", 1),
                                "delay", Map.of("after", "PT" + DELAY.toSeconds() + "S")))));
        UUID customer = customer();
        publish(customer, "contract.created", EngineTest.contract(customer));
        await().atMost(Duration.ofSeconds(60)).until(() -> executions(playbook, customer).size() == 1);
        String execution = executions(playbook, customer).get(0).get("id").toString();
        try (KafkaProbe kafka = KafkaProbe.of(stack)) {
            // step 0 was written in the transaction that scheduled step 1: once it is on the topic, so is all of it
            kafka.await(COMMANDS, m -> isStep(m, execution, 0), Duration.ofSeconds(60));
            assertThat(kafka.readAll(COMMANDS)).as("nothing of the delayed step is sent before it is due")
                    .noneMatch(m -> isStep(m, execution, 1));
        }
        assertThat(statuses(executions(playbook, customer).get(0))).containsExactly("DISPATCHED", "SCHEDULED");

        ProcessHandle process = ProcessHandle.of(first.pid()).orElseThrow();
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
        Instant killedAt = Instant.now();
        assertThat(waiting(stack, execution)).as("the delayed step is a row while no runtime runs").isEqualTo(1);

        start(stack, 2);
        await().atMost(DELAY.plus(Duration.ofSeconds(90)))
                .until(() -> statuses(executions(playbook, customer).get(0)).get(1).equals("DISPATCHED"));
        Map<String, Object> after = executions(playbook, customer).get(0);
        assertThat(after.get("id")).isEqualTo(execution);
        assertThat(after.get("playbookVersion")).isEqualTo(1);
        assertThat(Instant.parse(step(after, 1).get("updatedAt").toString())).as("sent by the runtime started after the kill")
                .isAfter(killedAt);
        assertThat(waiting(stack, execution)).isZero();
        try (KafkaProbe kafka = KafkaProbe.of(stack)) {
            KafkaMessage sent = kafka.await(COMMANDS, m -> isStep(m, execution, 1), Duration.ofSeconds(60));
            assertThat(sent.value()).contains("Later " + title);
            Thread.sleep(3_000); // three more sweeps
            assertThat(kafka.readAll(COMMANDS)).as("sent exactly once").filteredOn(m -> isStep(m, execution, 1)).hasSize(1);
        }
    }

    /** A runtime process on a free port against the stack, sweeping delayed steps every second; REST calls go to it. */
    private ServiceProcess start(DevStack stack, int n) {
        Path home = Path.of(System.getProperty("cs.home", "../.."));
        Path jar = home.resolve("services/playbook-runtime/target/quarkus-app/quarkus-run.jar");
        Map<String, String> config = new HashMap<>(stack.quarkusConfig("runtime"));
        config.put("runtime.delays.every", "1s");
        ServiceProcess runtime = ServiceProcess.start("playbook-runtime-" + n, jar, Ports.free(), config,
                home.resolve("services/playbook-runtime/target/restart-it/runtime-" + n + ".log"));
        runtimes.add(runtime);
        RestAssured.port = runtime.port();
        return runtime;
    }

    private static int waiting(DevStack stack, String execution) throws Exception {
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl("runtime"), stack.postgresUser(), stack.postgresPassword());
             PreparedStatement query = db.prepareStatement("select count(*) from delayed_step where execution_id = ?")) {
            query.setObject(1, UUID.fromString(execution));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static boolean isStep(KafkaMessage message, String execution, int step) {
        return message.value().contains(execution)
                && ((Map<?, ?>) TestPlatform.json(message).get("source")).get("step").equals((double) step);
    }

    @SuppressWarnings("unchecked")
    private static List<String> statuses(Map<String, Object> execution) {
        return ((List<Map<String, Object>>) execution.get("steps")).stream().map(s -> (String) s.get("status")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> step(Map<String, Object> execution, int step) {
        return ((List<Map<String, Object>>) execution.get("steps")).stream()
                .filter(s -> ((Integer) s.get("step")) == step).findFirst().orElseThrow();
    }
}
