package io.csplatform.devstack;

import java.nio.file.Path;

/**
 * Where and on which ports the dev stack runs.
 *
 * @param home project root (holds deploy/ and the built distributions)
 * @param dataDir PostgreSQL/Kafka/Keycloak/relay data and logs/
 * @param reset wipe dataDir before starting
 */
public record DevStackConfig(Path home, Path dataDir, boolean reset, int kafkaPort, int postgresPort, int keycloakPort,
        int smtpPort, int imapPort) {

    public DevStackConfig {
        home = home.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** Fixed ports, data kept in home/.data between runs (the local launcher). */
    public static DevStackConfig defaults(Path home) {
        return new DevStackConfig(home, home.resolve(".data"), false, 19092, 15432, 18080, 3025, 3143);
    }

    /** Free random ports and a fresh data dir under home/target, so tests may run next to the launcher. */
    public static DevStackConfig forTests(Path home) {
        Path dataDir = home.resolve("target").resolve("devstack-" + ProcessHandle.current().pid());
        return new DevStackConfig(home, dataDir, true, Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free());
    }

    /** The project root from system property {@code cs.home}, else the current directory. */
    public static Path homeFromSystemProperty() {
        return Path.of(System.getProperty("cs.home", ".")).toAbsolutePath().normalize();
    }

    Path logsDir() {
        return dataDir.resolve("logs");
    }
}
