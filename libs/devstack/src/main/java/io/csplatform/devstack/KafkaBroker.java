package io.csplatform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kafka 4.3 KRaft, one combined broker+controller in its own JVM, jars from deploy/kafka/target/lib. Every client
 * authenticates (SASL): the platform's services and the broker itself with PLAIN ({@link KafkaAccess#ADMIN},
 * {@link KafkaAccess#PLATFORM}, super users), tenant integrations with SCRAM-SHA-256 credentials created at run time
 * ({@link KafkaAccess}); writes are authorised by ACLs (StandardAuthorizer, nothing allowed without an ACL).
 */
public final class KafkaBroker implements Infrastructure.Component {

    private final ChildProcess process;

    private KafkaBroker(ChildProcess process) {
        this.process = process;
    }

    static KafkaBroker start(DevStackConfig config) {
        Path lib = Files2.requireExists(config.home().resolve("deploy/kafka/target/lib"),
                "build it with ./mvnw -pl deploy/kafka -am package");
        Path dir = Files2.createDirectories(config.dataDir().resolve("kafka"));
        Path logDirs = dir.resolve("data");
        Path properties = writeConfig(dir, logDirs, config.kafkaPort(), Ports.free());
        String classpath = lib + "/*";
        List<String> jvm = List.of(ChildProcess.javaBinary(), "-Xms128m", "-Xmx512m", "-XX:+UseG1GC",
                "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"), "-cp", classpath);
        Path log = config.logsDir().resolve("kafka.log");
        if (!Files.exists(logDirs.resolve("meta.properties"))) {
            format(jvm, properties, dir, config.logsDir().resolve("kafka-format.log"));
        }
        ChildProcess process = ChildProcess.start("kafka", concat(jvm, "kafka.Kafka", properties.toString()), dir, Map.of(), log);
        KafkaBroker broker = new KafkaBroker(process);
        process.awaitReady(() -> process.logContains("Kafka Server started"), Duration.ofSeconds(90));
        return broker;
    }

    private static void format(List<String> jvm, Path properties, Path dir, Path log) {
        ChildProcess format = ChildProcess.start("kafka-storage-format",
                concat(jvm, "kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", properties.toString()),
                dir, Map.of(), log);
        format.awaitReady(() -> !format.isAlive() && format.logContains("Formatting"), Duration.ofSeconds(180));
    }

    private static Path writeConfig(Path dir, Path logDirs, int port, int controllerPort) {
        Map<String, String> settings = new LinkedHashMap<>(settings("localhost", port, controllerPort));
        settings.put("log.dirs", logDirs.toString());
        StringBuilder server = new StringBuilder();
        settings.forEach((name, value) -> server.append(name).append('=').append(value).append('\n'));
        String log4j = String.join("\n",
                "status=warn",
                "appender.out.type=Console",
                "appender.out.name=out",
                "appender.out.layout.type=PatternLayout",
                "appender.out.layout.pattern=[%d] %p %m (%c)%n",
                "rootLogger.level=INFO",
                "rootLogger.appenderRef.out.ref=out",
                "logger.kafka.name=kafka",
                "logger.kafka.level=WARN",
                "logger.apache.name=org.apache.kafka",
                "logger.apache.level=WARN",
                "logger.raft.name=kafka.server.KafkaRaftServer",
                "logger.raft.level=INFO",
                "");
        try {
            Files.writeString(dir.resolve("log4j2.properties"), log4j);
            return Files.writeString(dir.resolve("server.properties"), server.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The broker's settings, wherever it runs: one KRaft node listening on {@code listenHost:port} (advertised as
     * {@code localhost:port}) with SASL on every listener, the controller's included: PLAIN for the broker and the
     * platform, SCRAM-SHA-256 for tenant integrations, ACLs enforced by {@code StandardAuthorizer}.
     * {@code log.dirs} is left to the caller.
     */
    public static Map<String, String> settings(String listenHost, int port, int controllerPort) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", "1");
        settings.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        settings.put("listeners", "SASL_PLAINTEXT://" + listenHost + ":" + port + ",CONTROLLER://" + listenHost + ":"
                + controllerPort);
        settings.put("advertised.listeners", "SASL_PLAINTEXT://localhost:" + port);
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("inter.broker.listener.name", "SASL_PLAINTEXT");
        settings.put("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        settings.put("sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-256");
        settings.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        settings.put("sasl.mechanism.controller.protocol", "PLAIN");
        settings.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        settings.put("listener.name.controller.plain.sasl.jaas.config", KafkaAccess.plainServerJaas());
        settings.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", KafkaAccess.plainServerJaas());
        settings.put("listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        settings.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        settings.put("super.users", "User:" + KafkaAccess.ADMIN + ";User:" + KafkaAccess.PLATFORM);
        settings.put("allow.everyone.if.no.acl.found", "false");
        settings.put("num.partitions", "3");
        settings.put("auto.create.topics.enable", "true");
        settings.put("default.replication.factor", "1");
        settings.put("min.insync.replicas", "1");
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("offsets.topic.num.partitions", "3");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("transaction.state.log.num.partitions", "3");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");
        settings.put("log.segment.bytes", "16777216");
        return settings;
    }

    /** A random KRaft cluster id; never starting with '-', which the storage tool would read as an option. */
    private static String clusterId() {
        byte[] bytes = new byte[16];
        String id;
        do {
            new SecureRandom().nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    private static List<String> concat(List<String> head, String... tail) {
        var all = new java.util.ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    /** kill -9 of the broker (its data stays; {@link #start} on the same config recovers it). */
    @Override
    public void kill() {
        process.kill();
    }

    @Override
    public long rssKb() {
        return process.rssKb();
    }

    @Override
    public void close() {
        process.close();
    }
}
