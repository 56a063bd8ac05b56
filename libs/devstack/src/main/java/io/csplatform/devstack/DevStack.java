package io.csplatform.devstack;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * PostgreSQL, Kafka, Keycloak and an SMTP sink started in parallel (from Maven Central artifacts by default, or from
 * another {@link Infrastructure}), then the Debezium outbox relay. Every child process logs to dataDir/logs and is stopped on {@link #close()} or JVM exit.
 */
public final class DevStack implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DevStack.class.getName());

    private final DevStackConfig config;
    private final Infrastructure infrastructure;
    private final Map<String, Duration> startTimes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Thread shutdownHook = new Thread(this::close, "devstack-shutdown");
    private volatile Infrastructure.Database postgres;
    private volatile Infrastructure.Component kafka;
    private volatile Infrastructure.Component keycloak;
    private volatile MailServer mail;
    private volatile OutboxRelayProcess relay;
    private volatile Tokens tokens;
    private volatile boolean closed;

    private DevStack(DevStackConfig config, Infrastructure infrastructure) {
        this.config = config;
        this.infrastructure = infrastructure;
    }

    /** The stack on child processes of this JVM ({@link Infrastructure#PROCESSES}). */
    public static DevStack start(DevStackConfig config) {
        return start(config, Infrastructure.PROCESSES);
    }

    public static DevStack start(DevStackConfig config, Infrastructure infrastructure) {
        Ports.requireFree(Map.of("Kafka", config.kafkaPort(), "PostgreSQL", config.postgresPort(),
                "Keycloak", config.keycloakPort(), "SMTP", config.smtpPort(), "IMAP", config.imapPort()));
        if (config.reset()) {
            Files2.deleteRecursively(config.dataDir());
        }
        Files2.createDirectories(config.logsDir());
        DevStack stack = new DevStack(config, infrastructure);
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        long begin = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "devstack-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            var pg = async(pool, "postgres", () -> postgres = infrastructure.postgres(config));
            var broker = async(pool, "kafka", () -> {
                kafka = infrastructure.kafka(config);
                KafkaAccess.DEMO_TENANTS.forEach(tenant -> KafkaAccess.provisionTenant(kafkaBootstrapServers(),
                        tenant, KafkaAccess.integrationPassword(tenant)));
                return kafka;
            });
            var idp = async(pool, "keycloak", () -> keycloak = infrastructure.keycloak(config));
            var smtp = async(pool, "smtp", () -> mail = MailServer.start(config));
            var outbox = pg.thenCombine(broker, (p, k) -> k)
                    .thenApplyAsync(k -> timed("relay", () -> relay =
                            OutboxRelayProcess.start(config, config.postgresPort(), kafkaBootstrapServers())), pool);
            CompletableFuture.allOf(pg, broker, idp, smtp, outbox).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            pool.shutdownNow();
        }
        tokens = new Tokens(oidcIssuer());
        startTimes.put("total", Duration.ofNanos(System.nanoTime() - begin));
        LOG.log(System.Logger.Level.INFO, "Dev stack up in {0} on {1} (data {2}): {3}", startTimes.get("total"),
                infrastructure.name(), config.dataDir(), startTimes);
    }

    private <T> CompletableFuture<T> async(ExecutorService pool, String name, Supplier<T> start) {
        return CompletableFuture.supplyAsync(() -> timed(name, start), pool);
    }

    private <T> T timed(String name, Supplier<T> start) {
        long begin = System.nanoTime();
        T result = start.get();
        startTimes.put(name, Duration.ofNanos(System.nanoTime() - begin));
        return result;
    }

    public DevStackConfig config() {
        return config;
    }

    /** How long each component took to become ready, plus "total". */
    public Map<String, Duration> startTimes() {
        return Map.copyOf(startTimes);
    }

    /** Which {@link Infrastructure} runs PostgreSQL, Kafka and Keycloak: "processes" or "containers". */
    public String infrastructure() {
        return infrastructure.name();
    }

    public String kafkaBootstrapServers() {
        return "localhost:" + config.kafkaPort();
    }

    /** Kafka client settings of the platform's services (bootstrap servers and SASL), as Kafka names them. */
    public Map<String, Object> kafkaClientConfig() {
        Map<String, Object> props = new LinkedHashMap<>(KafkaAccess.platformClient());
        props.put("bootstrap.servers", kafkaBootstrapServers());
        return props;
    }

    /** Kafka client settings of a tenant's integration: may write only that tenant's ingest topics. */
    public Map<String, Object> kafkaIntegrationConfig(String tenant) {
        Map<String, Object> props = new LinkedHashMap<>(KafkaAccess.integrationClient(tenant));
        props.put("bootstrap.servers", kafkaBootstrapServers());
        return props;
    }

    public int postgresPort() {
        return config.postgresPort();
    }

    public String postgresUser() {
        return PostgresServer.USER;
    }

    public String postgresPassword() {
        return PostgresServer.PASSWORD;
    }

    public String database() {
        return PostgresServer.DATABASE;
    }

    public String jdbcUrl(String schema) {
        return "jdbc:postgresql://localhost:" + postgresPort() + "/" + database() + "?currentSchema=" + schema;
    }

    /** Vert.x PG client URI; unknown query parameters such as search_path are sent as server settings. */
    public String reactiveUrl(String schema) {
        return "postgresql://localhost:" + postgresPort() + "/" + database() + "?search_path=" + schema;
    }

    public String keycloakUrl() {
        return "http://localhost:" + config.keycloakPort();
    }

    public String oidcIssuer() {
        return keycloakUrl() + "/realms/" + KeycloakServer.REALM;
    }

    public int smtpPort() {
        return config.smtpPort();
    }

    public int imapPort() {
        return config.imapPort();
    }

    public List<MimeMessage> receivedMails() {
        return mail.receivedMails();
    }

    /** System properties a Quarkus service needs to run against this stack, its tables in {@code schema}. */
    public Map<String, String> quarkusConfig(String schema) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("quarkus.datasource.username", postgresUser());
        props.put("quarkus.datasource.password", postgresPassword());
        props.put("quarkus.datasource.reactive.url", reactiveUrl(schema));
        props.put("quarkus.datasource.jdbc.url", jdbcUrl(schema));
        props.put("kafka.bootstrap.servers", kafkaBootstrapServers());
        Map<String, String> sasl = KafkaAccess.platformClient();
        props.put("kafka.security.protocol", sasl.get("security.protocol"));
        props.put("kafka.sasl.mechanism", sasl.get("sasl.mechanism"));
        props.put("kafka.sasl.jaas.config", sasl.get("sasl.jaas.config"));
        props.put("quarkus.oidc.auth-server-url", oidcIssuer());
        props.put("quarkus.mailer.host", "localhost");
        props.put("quarkus.mailer.port", Integer.toString(smtpPort()));
        props.put("quarkus.mailer.mock", "false");
        return props;
    }

    /** Password grant through the public client cs-cli; answers the access token. */
    public String token(String username, String password) {
        return tokens.password(username, password);
    }

    /** Client-credentials grant; answers the access token. */
    public String clientToken(String clientId, String clientSecret) {
        return tokens.clientCredentials(clientId, clientSecret);
    }

    /** RSS in kB of every child process started (PostgreSQL counts all its backends). */
    public Map<String, Long> rssKb() {
        Map<String, Long> rss = new LinkedHashMap<>();
        if (postgres != null) {
            rss.put("postgres", postgres.rssKb());
        }
        if (kafka != null) {
            rss.put("kafka", kafka.rssKb());
        }
        if (keycloak != null) {
            rss.put("keycloak", keycloak.rssKb());
        }
        if (relay != null) {
            rss.put("relay", relay.rssKb());
        }
        return rss;
    }

    /** The parts of the stack a fault test may crash: {@link #crash} kills it with SIGKILL, {@link #restart} brings it back. */
    public enum Part { KAFKA, POSTGRES, RELAY }

    /** kill -9 of one part of the stack (fault tests); its data stays for {@link #restart}. */
    public synchronized void crash(Part part) {
        switch (part) {
            case KAFKA -> kafka.kill();
            case POSTGRES -> postgres.kill();
            case RELAY -> relay.kill();
        }
    }

    /** Starts a crashed part again on its port and data (PostgreSQL runs crash recovery); answers once it is ready. */
    public synchronized void restart(Part part) {
        switch (part) {
            case KAFKA -> kafka = infrastructure.kafka(config);
            case POSTGRES -> postgres = infrastructure.postgres(config);
            case RELAY -> relay = OutboxRelayProcess.start(config, config.postgresPort(), kafkaBootstrapServers());
        }
    }

    /** Whether the relay is still running (it stops when it cannot go on, e.g. after losing PostgreSQL for long). */
    public boolean relayAlive() {
        return relay != null && relay.isAlive();
    }

    /** kill -9 of one PostgreSQL backend serving a client: the server ends every connection and recovers. */
    public void crashPostgresBackend() {
        postgres.crashBackend();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // called from the hook itself
        }
        stop(relay);
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> stop(kafka)),
                CompletableFuture.runAsync(() -> stop(keycloak)),
                CompletableFuture.runAsync(() -> stop(postgres)),
                CompletableFuture.runAsync(() -> stop(mail))).join();
        if (config.reset() && config.dataDir().startsWith(config.home().resolve("target"))) {
            // throwaway test data: keep only the logs
            for (String dir : new String[] {"postgres", "kafka", "keycloak", "relay"}) {
                Files2.deleteRecursively(config.dataDir().resolve(dir));
            }
        }
    }

    private static void stop(AutoCloseable component) {
        if (component == null) {
            return;
        }
        try {
            component.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "Stopping " + component + " failed", e);
        }
    }
}
