package io.csplatform.e2e;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short fault variant that CI runs (the full one, every part of the platform, is {@link FaultBenchmark}, by hand;
 * figures in bench/faults/README.md): under a steady load of contracts created over REST (2/s), kill -9 of the
 * playbook runtime, restarted; then every contract the contracts service committed has exactly one execution of the
 * playbook, one welcome e-mail in the SMTP server and one Kickoff task in journeys.
 */
class FaultIT {

    @Test
    void killingTheRuntimeTheActionsServiceAndTheRelayUnderLoadLosesAndDoublesNothing() throws Exception {
        FaultSuite suite = new FaultSuite(Platform.get());
        FaultSuite.Result result = suite.run(2, Duration.ofSeconds(3), List.of(suite.service("playbook-runtime")));
        System.out.println("FAULTS (CI variant, 2 contracts/s, load " + FaultSuite.load() + ")\n" + result.table());

        assertThat(result.contracts()).as("contracts committed").isGreaterThan(10);
        assertThat(result.acknowledgedMissing()).as("answered 201 but not in the database").isZero();
        assertThat(result.noExecution()).as("contracts without their execution").isZero();
        assertThat(result.noEmail()).as("contracts without their welcome e-mail").isZero();
        assertThat(result.noTask()).as("contracts without their Kickoff task").isZero();
        assertThat(result.doubleExecution()).as("contracts with two executions").isZero();
        assertThat(result.doubleEmail()).as("contracts with two welcome e-mails").isZero();
        assertThat(result.parked()).as("contracts parked on a dead-letter topic").isEmpty();
        assertThat(result.doubleTask()).as("contracts with two Kickoff tasks").isZero();
        assertThat(result.rows()).allSatisfy(row -> assertThat(row.inFlight()).as(row.fault() + " in flight")
                .isGreaterThanOrEqualTo(0));
    }
}
