package io.csplatform.testing;

import io.csplatform.testing.InfrastructureSwitch.Choice;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InfrastructureSwitchTest {

    private static final BooleanSupplier NOT_ASKED = () -> {
        throw new AssertionError("Docker must not be asked for");
    };

    @Test
    void unsetOrProcessesRunsChildProcessesWithoutAskingDocker() {
        assertThat(InfrastructureSwitch.resolve(null, NOT_ASKED)).isEqualTo(Choice.PROCESSES);
        assertThat(InfrastructureSwitch.resolve(" ", NOT_ASKED)).isEqualTo(Choice.PROCESSES);
        assertThat(InfrastructureSwitch.resolve("processes", NOT_ASKED)).isEqualTo(Choice.PROCESSES);
    }

    @Test
    void autoTakesContainersOnlyWhereDockerAnswers() {
        AtomicInteger asked = new AtomicInteger();
        assertThat(InfrastructureSwitch.resolve("auto", () -> asked.incrementAndGet() > 0)).isEqualTo(Choice.CONTAINERS);
        assertThat(InfrastructureSwitch.resolve("AUTO", () -> asked.incrementAndGet() < 0)).isEqualTo(Choice.PROCESSES);
        assertThat(asked).hasValue(2);
    }

    @Test
    void containersWithoutDockerFailsAtOnceSayingHowToFixIt() {
        assertThat(InfrastructureSwitch.resolve("Containers", () -> true)).isEqualTo(Choice.CONTAINERS);
        assertThatThrownBy(() -> InfrastructureSwitch.resolve("containers", () -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cs.infrastructure=containers")
                .hasMessageContaining("no Docker engine");
    }

    @Test
    void anUnknownValueNamesTheSwitchAndItsChoices() {
        assertThatThrownBy(() -> InfrastructureSwitch.resolve("kubernetes", NOT_ASKED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CS_INFRASTRUCTURE")
                .hasMessageContaining("'kubernetes'")
                .hasMessageContaining("processes, containers or auto");
    }

    @Test
    void theSharedStackRunsOnWhatTheSwitchSelects() {
        // here (no Docker engine) that is the child processes, whatever the switch says short of "containers"
        String setting = System.getProperty(InfrastructureSwitch.PROPERTY, System.getenv(InfrastructureSwitch.ENV));
        Choice selected = InfrastructureSwitch.resolve(setting, ContainerInfrastructure::dockerAvailable);
        assertThat(SharedDevStack.get().infrastructure()).isEqualTo(selected.name().toLowerCase());
    }
}
