package io.csplatform.devstack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How a service's JVM runs on the embedded default, where ten of them share a small machine with the infrastructure.
 * Memory is what bounds it, so the options favour a small resident set over peak throughput:
 * <ul>
 *   <li>the serial collector: no G1 regions and remembered sets, one GC thread, a heap that shrinks back after load
 *   (what the JVM itself picks on a machine of under 2 CPUs or 1.8 GB);</li>
 *   <li>a heap of at most {@value #HEAP}, a code cache of at most 64 MB, 512 KB thread stacks;</li>
 *   <li>{@code MALLOC_ARENA_MAX=2}: glibc otherwise gives each busy thread its own malloc arena, each growing apart;
 *   and the native heap trimmed every 5 s ({@code TrimNativeHeapInterval}): what the JIT and start-up freed goes back
 *   to the system (the playbook runtime's idle RSS: 291 → 251 MiB);</li>
 *   <li>the client compiler only ({@code TieredStopAtLevel=1}): less CPU and memory spent compiling, which ten JVMs
 *   starting on two cores feel, for code that mostly waits on I/O (the runtime's idle RSS: 251 → 235 MiB). Not for
 *   {@code tracking}, whose ingest is CPU-bound and keeps the optimizing compiler.</li>
 * </ul>
 * System property {@value #OPTIONS_PROPERTY} replaces the options (e.g. to compare collectors in a benchmark); the
 * container images take theirs from {@code JAVA_OPTS} (docs/deployment.md).
 */
public final class ServiceJvm {

    public static final String HEAP = "192m";
    public static final String OPTIONS_PROPERTY = "cs.service.jvm-options";
    static final List<String> COMMON_OPTIONS = List.of("-Xms32m", "-Xmx" + HEAP, "-XX:+UseSerialGC",
            "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:+ExitOnOutOfMemoryError",
            "-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=5000");
    /** Services whose hot path is computation rather than I/O: they keep the optimizing (C2) compiler. */
    static final List<String> CPU_BOUND = List.of("tracking");

    private ServiceJvm() {
    }

    /**
     * The JVM options of a service's process ({@code name} as the launcher names it, e.g. "tracking"): the
     * {@value #OPTIONS_PROPERTY} system property replaces them all when set, {@code {name}} in it standing for
     * {@code name}.
     */
    public static List<String> options(String name) {
        String override = System.getProperty(OPTIONS_PROPERTY);
        if (override != null && !override.isBlank()) {
            // {name} stands for the service's name, e.g. one flight recording file per service
            return Arrays.stream(override.trim().split("\\s+")).map(option -> option.replace("{name}", name)).toList();
        }
        List<String> options = new ArrayList<>(COMMON_OPTIONS);
        if (CPU_BOUND.stream().noneMatch(name::startsWith)) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        return options;
    }

    /** The environment of a service's process. */
    public static Map<String, String> environment() {
        return Map.of("MALLOC_ARENA_MAX", "2");
    }
}
