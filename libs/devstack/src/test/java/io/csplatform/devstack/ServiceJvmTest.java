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
        assertThat(ServiceJvm.options()).contains("-Xmx" + ServiceJvm.HEAP, "-XX:+UseSerialGC")
                .noneMatch(option -> option.startsWith("-XX:+UseG1GC"));
        assertThat(ServiceJvm.environment()).containsEntry("MALLOC_ARENA_MAX", "2");
    }

    @Test
    void aBenchmarkMayReplaceTheOptions() {
        System.setProperty(ServiceJvm.OPTIONS_PROPERTY, " -Xmx256m   -XX:+UseG1GC ");
        assertThat(ServiceJvm.options()).containsExactly("-Xmx256m", "-XX:+UseG1GC");
    }
}
