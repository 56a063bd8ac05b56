package io.csplatform.devstack;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PortsTest {

    @Test
    void aPortIsHandedOutOnceEvenBeforeItsServerBindsIt() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            int port = Ports.free();
            assertThat(port).isBetween(20000, 31999);
            assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
        }
    }
}
