package io.csplatform.testing;

import io.csplatform.devstack.Infrastructure;

import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Which infrastructure the tests run on, chosen by system property {@value #PROPERTY} or environment variable
 * {@value #ENV} (the property wins):
 * <ul>
 *   <li>{@code processes} (default): PostgreSQL, Kafka and Keycloak as child processes from Maven Central artifacts;
 *   a JDK is all a machine needs;</li>
 *   <li>{@code containers}: the same parts in Docker containers through Testcontainers, the images of
 *   {@code docker-compose.yml}; fails at once when no Docker engine answers;</li>
 *   <li>{@code auto}: containers where a Docker engine answers, processes elsewhere.</li>
 * </ul>
 */
public final class InfrastructureSwitch {

    public static final String PROPERTY = "cs.infrastructure";
    public static final String ENV = "CS_INFRASTRUCTURE";

    /** The choices, by the name the switch takes. */
    public enum Choice { PROCESSES, CONTAINERS, AUTO }

    private InfrastructureSwitch() {
    }

    /** The infrastructure this JVM's settings select. */
    public static Infrastructure fromEnvironment() {
        String setting = System.getProperty(PROPERTY, System.getenv(ENV));
        return switch (resolve(setting, ContainerInfrastructure::dockerAvailable)) {
            case CONTAINERS -> new ContainerInfrastructure();
            default -> Infrastructure.PROCESSES;
        };
    }

    /**
     * What a setting resolves to: {@link Choice#PROCESSES} or {@link Choice#CONTAINERS}. Docker is asked only for
     * {@code containers} and {@code auto}.
     *
     * @throws IllegalArgumentException for a value that is not a choice
     * @throws IllegalStateException for {@code containers} without a Docker engine
     */
    static Choice resolve(String setting, BooleanSupplier dockerAvailable) {
        Choice choice = parse(setting);
        return switch (choice) {
            case PROCESSES -> Choice.PROCESSES;
            case AUTO -> dockerAvailable.getAsBoolean() ? Choice.CONTAINERS : Choice.PROCESSES;
            case CONTAINERS -> {
                if (!dockerAvailable.getAsBoolean()) {
                    throw new IllegalStateException(PROPERTY + "=containers but no Docker engine answers (Testcontainers "
                            + "found none); unset it, or set it to 'processes' or 'auto', to run on child processes");
                }
                yield Choice.CONTAINERS;
            }
        };
    }

    static Choice parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return Choice.PROCESSES;
        }
        try {
            return Choice.valueOf(setting.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + " (or " + ENV + ") is '" + setting
                    + "'; it takes processes, containers or auto", e);
        }
    }
}
