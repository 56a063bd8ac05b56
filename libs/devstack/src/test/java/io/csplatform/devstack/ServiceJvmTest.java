package io.csplatform.devstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceJvmTest {

    @AfterEach
    void clear() {
        System.clearProperty(ServiceJvm.OPTIONS_PROPERTY);
    }

    @Test
    void servicesRunWithABoundedHeapTheSerialCollectorAndFewMallocArenas() {
        assertThat(ServiceJvm.options("journeys")).contains("-Xmx" + ServiceJvm.HEAP, "-XX:+UseSerialGC",
                "-XX:TrimNativeHeapInterval=5000", "-XX:TieredStopAtLevel=1")
                .noneMatch(option -> option.startsWith("-XX:+UseG1GC"));
        assertThat(ServiceJvm.environment()).containsEntry("MALLOC_ARENA_MAX", "2");
    }

    @Test
    void trackingKeepsTheOptimizingCompilerForItsIngest() {
        assertThat(ServiceJvm.options("tracking")).contains("-Xmx" + ServiceJvm.HEAP)
                .doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void everyOptionIsOneThisJvmAccepts() throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(ChildProcess.javaBinary()));
        command.addAll(ServiceJvm.options("journeys"));
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes());
        assertThat(java.waitFor()).as(output).isZero();
    }

    @Test
    void aBenchmarkMayReplaceTheOptions() {
        System.setProperty(ServiceJvm.OPTIONS_PROPERTY, " -Xmx256m   -XX:+UseG1GC ");
        assertThat(ServiceJvm.options("journeys")).containsExactly("-Xmx256m", "-XX:+UseG1GC");
    }

    @Test
    void theReplacedOptionsMayNameTheService() {
        System.setProperty(ServiceJvm.OPTIONS_PROPERTY, "-XX:StartFlightRecording=filename=/tmp/{name}.jfr");
        assertThat(ServiceJvm.options("contracts")).containsExactly("-XX:StartFlightRecording=filename=/tmp/contracts.jfr");
    }
}
