package io.csplatform.devstack;

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
 *   <li>{@code MALLOC_ARENA_MAX=2}: glibc otherwise gives each busy thread its own malloc arena, each growing apart.</li>
 * </ul>
 * System property {@value #OPTIONS_PROPERTY} replaces the options (e.g. to compare collectors in a benchmark); the
 * container images take theirs from {@code JAVA_OPTS} (docs/deployment.md).
 */
public final class ServiceJvm {

    public static final String HEAP = "192m";
    public static final String OPTIONS_PROPERTY = "cs.service.jvm-options";
    static final List<String> DEFAULT_OPTIONS = List.of("-Xms32m", "-Xmx" + HEAP, "-XX:+UseSerialGC",
            "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:+ExitOnOutOfMemoryError");

    private ServiceJvm() {
    }

    /** The JVM options of a service's process. */
    public static List<String> options() {
        String override = System.getProperty(OPTIONS_PROPERTY);
        if (override == null || override.isBlank()) {
            return DEFAULT_OPTIONS;
        }
        return Arrays.stream(override.trim().split("\\s+")).toList();
    }

    /** The environment of a service's process. */
    public static Map<String, String> environment() {
        return Map.of("MALLOC_ARENA_MAX", "2");
    }
}
