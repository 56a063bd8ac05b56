package io.csplatform.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.csplatform.devstack.ChildProcess;
import io.csplatform.devstack.DevStack;
import io.csplatform.devstack.Ports;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.SharedDevStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production relay path for real: a Kafka Connect worker (Apache Kafka 4.3 connect-runtime, standalone, its own
 * JVM on libs/relay's runtime classpath: the Debezium PostgreSQL connector and the ExpandJsonHeaders SMT) running the
 * committed deploy/debezium/outbox-connector.properties against the real PostgreSQL and Kafka of libs/devstack. The
 * dev stack's embedded relay (libs/relay) relays the same table with its own slot, so one outbox row arrives twice on
 * its topic: once from each. Both must carry the same key, value and headers.
 */
class KafkaConnectRelayTest {

    private static final String SCHEMA = "packaging_relay";
    private static final String SLOT = "cs_outbox_connect_test";
    private static DevStack stack;
    private static ChildProcess connect;
    private static int restPort;

    @BeforeAll
    static void startKafkaConnect() throws Exception {
        stack = SharedDevStack.get();
        try (Connection db = db(); Statement sql = db.createStatement()) {
            sql.execute("create schema if not exists " + SCHEMA);
            sql.execute("set search_path to " + SCHEMA);
            sql.execute(outboxTableDdl());
            // the committed config creates its publication empty (no_tables): the outbox tables are added by the
            // services' Flyway, as here for the embedded relay's cs_outbox; the worker's publication is its own
            sql.execute(Repository.read("libs/outbox/src/main/resources/db/outbox/R__outbox_publication.sql"));
            sql.execute("drop publication if exists " + SLOT);
            sql.execute("create publication " + SLOT + " for table " + SCHEMA + ".outbox");
        }
        Path dir = Path.of("target/kafka-connect").toAbsolutePath();
        Files.createDirectories(dir);
        restPort = Ports.free();
        Properties worker = new Properties();
        stack.kafkaClientConfig().forEach((key, value) -> {
            // the worker, and the producers it makes for the connector, log in as the platform (SASL)
            worker.setProperty(key, String.valueOf(value));
            if (!key.equals("bootstrap.servers")) {
                worker.setProperty("producer." + key, String.valueOf(value));
                worker.setProperty("consumer." + key, String.valueOf(value));
            }
        });
        worker.setProperty("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.setProperty("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.setProperty("offset.storage.file.filename", dir.resolve("offsets-" + UUID.randomUUID() + ".dat").toString());
        worker.setProperty("offset.flush.interval.ms", "1000");
        worker.setProperty("listeners", "http://127.0.0.1:" + restPort);
        store(worker, dir.resolve("worker.properties"));

        // the committed connector config; only where the database is, and a slot and publication of its own
        // (the embedded relay of the dev stack holds cs_outbox)
        Properties connector = ServiceSettings.properties(Repository.path("deploy/debezium/outbox-connector.properties"));
        connector.setProperty("name", "cs-outbox-connect-test");
        connector.setProperty("database.hostname", "localhost");
        connector.setProperty("database.port", Integer.toString(stack.postgresPort()));
        connector.setProperty("database.user", stack.postgresUser());
        connector.setProperty("database.password", stack.postgresPassword());
        connector.setProperty("database.dbname", stack.database());
        connector.setProperty("slot.name", SLOT);
        connector.setProperty("publication.name", SLOT);
        store(connector, dir.resolve("connector.properties"));

        List<String> command = new ArrayList<>(List.of(ChildProcess.javaBinary(), "-Xmx256m", "-cp", relayClasspath(),
                "org.apache.kafka.connect.cli.ConnectStandalone", dir.resolve("worker.properties").toString(),
                dir.resolve("connector.properties").toString()));
        connect = ChildProcess.start("kafka-connect", command, dir, Map.of(), dir.resolve("connect.log"));
        // the slot exists and streams once the task runs: rows written from then on are relayed
        connect.awaitReady(() -> taskRunning() && slotActive(), Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopKafkaConnect() throws SQLException {
        if (connect != null) {
            connect.close();
        }
        if (stack != null) {
            try (Connection db = db(); Statement sql = db.createStatement()) {
                sql.execute("select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = '"
                        + SLOT + "' and not active");
            } catch (SQLException stillActive) {
                // the worker's connection may linger a moment; the test stack is thrown away with the JVM
            }
        }
    }

    @Test
    void anOutboxRowArrivesFromKafkaConnectWithTheSameKeyValueAndHeadersAsFromTheEmbeddedRelay() throws Exception {
        UUID id = UUID.randomUUID();
        String key = "acme:" + UUID.randomUUID();
        String payload = "{\"customerId\": \"" + key + "\", \"n\": 1}";
        String headers = "{\"ce_id\": \"" + id + "\", \"ce_type\": \"packaging.checked\", \"ce_tenantid\": \"acme\", "
                + "\"ce_correlationid\": \"" + id + "\", \"ce_depth\": \"0\"}";
        try (Connection db = db(); PreparedStatement insert = db.prepareStatement("insert into " + SCHEMA
                + ".outbox (id, aggregatetype, aggregateid, type, payload, headers) values (?, ?, ?, ?, ?::jsonb, ?::jsonb)")) {
            insert.setObject(1, id);
            insert.setString(2, "packaging.events");
            insert.setString(3, key);
            insert.setString(4, "packaging.checked");
            insert.setString(5, payload);
            insert.setString(6, headers);
            insert.executeUpdate();
        }

        List<KafkaMessage> relayed;
        try (KafkaProbe kafka = KafkaProbe.of(stack)) {
            relayed = kafka.awaitAll("cs.packaging.events.v1", m -> key.equals(m.key()), 2, Duration.ofSeconds(90));
        }
        KafkaMessage first = relayed.get(0);
        KafkaMessage second = relayed.get(1);
        assertThat(first.key()).isEqualTo(key);
        assertThat(first.headers()).containsEntry("ce_id", id.toString()).containsEntry("ce_type", "packaging.checked")
                .containsEntry("ce_tenantid", "acme").containsEntry("ce_depth", "0").doesNotContainKey("cs_headers");
        assertThat(first.value()).contains("\"n\": 1");
        assertThat(second.key()).isEqualTo(first.key());
        assertThat(second.value()).isEqualTo(first.value());
        assertThat(second.headers()).isEqualTo(first.headers());
        assertThat(second.partition()).as("same key, same partition").isEqualTo(first.partition());
    }

    /** libs/relay's runtime classpath (cs-relay.jar and target/lib): Debezium, connect-runtime, the SMT. */
    private static String relayClasspath() throws IOException {
        Path target = Repository.path("libs/relay/target");
        List<String> entries = new ArrayList<>(List.of(target.resolve("cs-relay.jar").toString()));
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> entries.add(p.toString()));
        }
        assertThat(entries).as("libs/relay packaged (./mvnw package -pl libs/relay)")
                .anyMatch(e -> e.contains("connect-runtime-")).anyMatch(e -> e.contains("debezium-connector-postgres-"));
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static String outboxTableDdl() {
        String sql = Repository.read("libs/outbox/src/main/resources/db/outbox/V0_1__outbox_and_inbox.sql");
        int start = sql.indexOf("create table outbox");
        return sql.substring(start, sql.indexOf(");", start) + 2);
    }

    private static boolean taskRunning() {
        try {
            HttpResponse<String> status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + restPort + "/connectors/cs-outbox-connect-test/status"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (status.body().contains("\"FAILED\"")) {
                throw new IllegalStateException("connector failed: " + status.body());
            }
            return status.statusCode() == 200 && status.body().contains("\"tasks\":[{\"id\":0,\"state\":\"RUNNING\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean slotActive() {
        try (Connection db = db(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select active from pg_replication_slots where slot_name = '" + SLOT + "'")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            return false;
        }
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl("public"), stack.postgresUser(), stack.postgresPassword());
    }

    private static void store(Properties props, Path file) throws IOException {
        try (var out = Files.newBufferedWriter(file)) {
            props.store(out, null);
        }
    }
}
