package io.csplatform.testing;

import io.csplatform.devstack.DevStack;
import io.csplatform.devstack.DevStackConfig;

/**
 * One dev stack per test JVM, started on first use and stopped by the JVM shutdown hook; on child processes or in
 * containers, as {@link InfrastructureSwitch} says.
 */
public final class SharedDevStack {

    private static DevStack stack;

    private SharedDevStack() {
    }

    public static synchronized DevStack get() {
        if (stack == null) {
            stack = DevStack.start(DevStackConfig.forTests(DevStackConfig.homeFromSystemProperty()),
                    InfrastructureSwitch.fromEnvironment());
        }
        return stack;
    }
}
