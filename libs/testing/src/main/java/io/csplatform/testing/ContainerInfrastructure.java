package io.csplatform.testing;

import io.csplatform.devstack.DevStackConfig;
import io.csplatform.devstack.Infrastructure;
import io.csplatform.devstack.KafkaAccess;
import io.csplatform.devstack.KafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.FixedHostPortGenericContainer;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.MountableFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * PostgreSQL, Kafka and Keycloak in Docker containers through Testcontainers, from the images
 * {@code docker-compose.yml} runs, set up as {@link Infrastructure} says and published on the dev stack's ports
 * (the services, the relay and the tests reach them on {@code localhost} exactly as they reach the child processes).
 * The SMTP sink (GreenMail, inside the test JVM) and the relay (our own process) are the same in both modes.
 * A part crashed with {@link Component#kill} (docker kill) starts again in its own container, on its own data.
 */
final class ContainerInfrastructure implements Infrastructure {

    /** The images of docker-compose.yml ({@code ContainerImagesTest} keeps them equal). */
    static final String POSTGRES_IMAGE = "postgres:17.6";
    static final String KAFKA_IMAGE = "apache/kafka:4.3.0";
    static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.7.3";
    static final int KAFKA_CONTROLLER_PORT = 9093;
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Map<String, Part> parts = new HashMap<>();

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public String name() {
        return "containers";
    }

    @Override
    public synchronized Database postgres(DevStackConfig config) {
        Part part = parts.get("postgres");
        if (part != null) {
            part.startAgain(() -> part.exec("pg_isready", "-U", DATABASE_USER, "-d", DATABASE)
                    .exitCode() == 0);
            return (Database) part;
        }
        GenericContainer<?> container = new FixedHostPortGenericContainer<>(POSTGRES_IMAGE)
                .withFixedExposedPort(config.postgresPort(), 5432)
                .withEnv("POSTGRES_USER", DATABASE_USER)
                .withEnv("POSTGRES_PASSWORD", DATABASE_PASSWORD)
                .withEnv("POSTGRES_DB", DATABASE)
                .withCommand("postgres", "-c", "wal_level=logical", "-c", "max_wal_senders=10",
                        "-c", "max_replication_slots=10", "-c", "max_connections=300",
                        "-c", "fsync=on", "-c", "synchronous_commit=on")
                // the entrypoint starts a temporary server first, so the second "ready" is the real one
                .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*", 2)
                        .withStartupTimeout(STARTUP));
        PostgresPart started = new PostgresPart(start(container, config, "postgres"));
        parts.put("postgres", started);
        return started;
    }

    @Override
    public synchronized Component kafka(DevStackConfig config) {
        Part part = parts.get("kafka");
        if (part != null) {
            part.startAgain(() -> kafkaAnswers(config));
            return part;
        }
        GenericContainer<?> container = new FixedHostPortGenericContainer<>(KAFKA_IMAGE)
                .withFixedExposedPort(config.kafkaPort(), config.kafkaPort())
                .withEnv(kafkaEnvironment(KafkaBroker.settings("0.0.0.0", config.kafkaPort(), KAFKA_CONTROLLER_PORT)))
                .waitingFor(Wait.forLogMessage(".*Kafka Server started.*", 1).withStartupTimeout(STARTUP));
        Part started = new Part(start(container, config, "kafka"));
        parts.put("kafka", started);
        return started;
    }

    @Override
    public synchronized Component keycloak(DevStackConfig config) {
        Path realm = config.home().resolve("deploy/keycloak/realm.json");
        if (!Files.exists(realm)) {
            throw new IllegalStateException("the committed realm is missing: " + realm);
        }
        GenericContainer<?> container = new FixedHostPortGenericContainer<>(KEYCLOAK_IMAGE)
                .withFixedExposedPort(config.keycloakPort(), config.keycloakPort())
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
                .withCopyFileToContainer(MountableFile.forHostPath(realm), "/opt/keycloak/data/import/realm.json")
                // on the published port inside too, so the issuer of its tokens is the URL the services use
                .withCommand("start-dev", "--import-realm", "--http-port=" + config.keycloakPort(),
                        "--hostname-strict=false")
                .waitingFor(Wait.forHttp("/realms/cs-platform/.well-known/openid-configuration")
                        .forPort(config.keycloakPort()).withStartupTimeout(STARTUP));
        return new Part(start(container, config, "keycloak"));
    }

    /**
     * The apache/kafka image's environment for these broker settings: {@code KAFKA_} and the name upper-cased, with
     * '.' as '_', '_' as '__' and '-' as '___' (as docker-compose.yml writes them).
     */
    static Map<String, String> kafkaEnvironment(Map<String, String> settings) {
        Map<String, String> env = new LinkedHashMap<>();
        settings.forEach((name, value) -> env.put("KAFKA_" + name.replace("_", "__").replace("-", "___")
                .replace('.', '_').toUpperCase(Locale.ROOT), value));
        return env;
    }

    private static boolean kafkaAnswers(DevStackConfig config) {
        Map<String, Object> props = new LinkedHashMap<>(KafkaAccess.platformClient());
        props.put("bootstrap.servers", "localhost:" + config.kafkaPort());
        props.put("request.timeout.ms", 3000);
        props.put("default.api.timeout.ms", 3000);
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static GenericContainer<?> start(GenericContainer<?> container, DevStackConfig config, String name) {
        Path log = config.dataDir().resolve("logs").resolve(name + ".log");
        container.withLogConsumer((OutputFrame frame) -> append(log, frame.getUtf8String()));
        container.start();
        return container;
    }

    private static void append(Path log, String text) {
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A started container; killed, it keeps its file system and starts again as the same container. */
    private static class Part implements Component {

        final GenericContainer<?> container;

        Part(GenericContainer<?> container) {
            this.container = container;
        }

        @Override
        public long rssKb() {
            return 0;
        }

        @Override
        public void kill() {
            DockerClientFactory.instance().client().killContainerCmd(container.getContainerId()).exec();
        }

        void startAgain(BooleanSupplier ready) {
            DockerClientFactory.instance().client().startContainerCmd(container.getContainerId()).exec();
            long deadline = System.nanoTime() + STARTUP.toNanos();
            while (!ready.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(container.getDockerImageName() + " not ready " + STARTUP
                            + " after its restart");
                }
                sleep();
            }
        }

        /** A command run inside the container; a container that does not run (yet) answers exit code -1. */
        Exec exec(String... command) {
            try {
                Container.ExecResult result = container.execInContainer(command);
                return new Exec(result.getExitCode(), result.getStdout(), result.getStderr());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (RuntimeException e) {
                return new Exec(-1, "", String.valueOf(e.getMessage()));
            }
        }

        @Override
        public void close() {
            container.stop();
        }

        private static void sleep() {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private record Exec(int exitCode, String stdout, String stderr) {
    }

    private static final class PostgresPart extends Part implements Database {

        PostgresPart(GenericContainer<?> container) {
            super(container);
        }

        @Override
        public void crashBackend() {
            Exec pid = exec("psql", "-U", DATABASE_USER, "-d", DATABASE, "-tAc",
                    "select pid from pg_stat_activity where datname = '" + DATABASE
                            + "' and backend_type = 'client backend' and pid <> pg_backend_pid() limit 1");
            String found = pid.stdout().trim();
            if (pid.exitCode() != 0 || found.isEmpty()) {
                throw new IllegalStateException("no backend of database " + DATABASE + " to crash: "
                        + pid.stderr());
            }
            exec("kill", "-9", found);
        }
    }
}
