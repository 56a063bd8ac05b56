package io.csplatform.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The Debezium outbox relay (libs/relay) in its own JVM, configured by deploy/debezium/outbox-connector.properties. */
final class OutboxRelayProcess implements AutoCloseable {

    private final ChildProcess process;

    private OutboxRelayProcess(ChildProcess process) {
        this.process = process;
    }

    static OutboxRelayProcess start(DevStackConfig config, int postgresPort, String bootstrapServers) {
        Path target = config.home().resolve("libs/relay/target");
        String hint = "build it with ./mvnw -pl libs/relay -am package";
        Path jar = Files2.requireExists(target.resolve("cs-relay.jar"), hint);
        Files2.requireExists(target.resolve("lib"), hint);
        Path connector = Files2.requireExists(config.home().resolve("deploy/debezium/outbox-connector.properties"),
                "the committed connector configuration");
        Path dir = Files2.createDirectories(config.dataDir().resolve("relay"));
        Path ready = dir.resolve("ready");
        Files2.delete(ready);
        List<String> command = new java.util.ArrayList<>(List.of(ChildProcess.javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", jar + ":" + target.resolve("lib") + "/*",
                "io.csplatform.relay.RelayMain", connector.toString(),
                "database.hostname=localhost",
                "database.port=" + postgresPort,
                "database.user=" + PostgresServer.USER,
                "database.password=" + PostgresServer.PASSWORD,
                "database.dbname=" + PostgresServer.DATABASE,
                "relay.kafka.bootstrap.servers=" + bootstrapServers,
                "relay.offsets.file=" + dir.resolve("offsets.dat"),
                "relay.ready.file=" + ready));
        KafkaAccess.platformClient().forEach((key, value) -> command.add("relay.kafka." + key + "=" + value));
        ChildProcess process = ChildProcess.start("relay", command, dir, Map.of(), config.logsDir().resolve("relay.log"));
        OutboxRelayProcess relay = new OutboxRelayProcess(process);
        process.awaitReady(() -> Files.exists(ready), Duration.ofSeconds(90));
        return relay;
    }

    void kill() {
        process.kill();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long rssKb() {
        return process.rssKb();
    }

    @Override
    public void close() {
        process.close();
    }
}
