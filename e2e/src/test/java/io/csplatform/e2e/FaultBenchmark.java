package io.csplatform.e2e;

import io.csplatform.devstack.DevStack;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The full fault suite (bench/faults/README.md), run by hand, never in CI (the class name ends neither in Test nor
 * in IT): under {@code bench.rate} contracts/s (10) created over REST, kill -9 in turn of the playbook runtime, the
 * actions service, journeys, the Debezium relay, the Kafka broker, one PostgreSQL backend and the PostgreSQL server,
 * each restarted {@code bench.gap-seconds} (8) after the previous one recovered; then counts at the sinks and prints
 * the table. Select parts with {@code bench.faults} (comma separated: runtime, actions, journeys, relay, kafka,
 * backend, postgres).
 */
class FaultBenchmark {

    @Test
    void everyPartKilledUnderLoad() throws Exception {
        FaultSuite suite = new FaultSuite(Platform.get());
        int rate = Integer.getInteger("bench.rate", 10);
        List<FaultSuite.Fault> faults = new ArrayList<>();
        for (String part : System.getProperty("bench.faults", "runtime,actions,journeys,relay,kafka,backend,postgres")
                .split(",")) {
            faults.add(switch (part.trim()) {
                case "runtime" -> suite.service("playbook-runtime");
                case "actions" -> suite.service("actions");
                case "journeys" -> suite.service("journeys");
                case "relay" -> suite.stackPart(DevStack.Part.RELAY);
                case "kafka" -> suite.stackPart(DevStack.Part.KAFKA);
                case "backend" -> suite.postgresBackend();
                case "postgres" -> suite.stackPart(DevStack.Part.POSTGRES);
                default -> throw new IllegalArgumentException("unknown part " + part);
            });
        }
        FaultSuite.Result result = suite.run(rate, Duration.ofSeconds(Integer.getInteger("bench.gap-seconds", 8)), faults);
        System.out.println("BENCH faults: " + rate + " contracts/s, load " + FaultSuite.load() + "\n" + result.table());
    }
}
