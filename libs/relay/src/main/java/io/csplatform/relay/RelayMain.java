package io.csplatform.relay;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Outbox relay: Debezium embedded engine + Kafka producer, in its own JVM.
 *
 * <pre>
 * java -cp 'cs-relay.jar:lib/*' io.csplatform.relay.RelayMain connector.properties [key=value ...]
 * </pre>
 *
 * Overrides are connector properties (e.g. {@code database.hostname=localhost}) or relay settings:
 * {@code relay.kafka.bootstrap.servers}, {@code relay.offsets.file}, {@code relay.ready.file}.
 */
public final class RelayMain {

    private RelayMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: RelayMain <connector.properties> [key=value ...]");
            System.exit(2);
        }
        RelayConfig config = RelayConfig.load(Path.of(args[0]), Arrays.asList(args).subList(1, args.length));
        OutboxRelay relay = new OutboxRelay(config);
        Runtime.getRuntime().addShutdownHook(new Thread(relay::close, "relay-shutdown"));
        int exitCode = relay.run();
        System.exit(exitCode);
    }
}
