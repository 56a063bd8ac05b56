package io.csplatform.relay;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Connector properties (Kafka Connect format) plus the relay's own settings ({@code relay.*}); every
 * {@code relay.kafka.<name>} is the producer's setting {@code <name>} (bootstrap servers, SASL credentials).
 */
public record RelayConfig(Properties connector, Properties kafka, Path offsetsFile, Path readyFile) {

    static final String PREFIX = "relay.";

    public static RelayConfig load(Path propertiesFile, List<String> overrides) throws IOException {
        Properties all = new Properties();
        try (Reader reader = Files.newBufferedReader(propertiesFile)) {
            all.load(reader);
        }
        for (String override : overrides) {
            int eq = override.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("override must be key=value: " + override);
            }
            all.setProperty(override.substring(0, eq), override.substring(eq + 1));
        }
        Properties connector = new Properties();
        all.stringPropertyNames().stream()
                .filter(key -> !key.startsWith(PREFIX))
                .forEach(key -> connector.setProperty(key, all.getProperty(key)));
        required(all, PREFIX + "kafka.bootstrap.servers");
        Properties kafka = new Properties();
        all.stringPropertyNames().stream()
                .filter(key -> key.startsWith(PREFIX + "kafka."))
                .forEach(key -> kafka.setProperty(key.substring((PREFIX + "kafka.").length()), all.getProperty(key)));
        return new RelayConfig(connector, kafka,
                Path.of(required(all, PREFIX + "offsets.file")),
                all.containsKey(PREFIX + "ready.file") ? Path.of(all.getProperty(PREFIX + "ready.file")) : null);
    }

    public String bootstrapServers() {
        return kafka.getProperty("bootstrap.servers");
    }

    /** What the embedded engine needs on top of the connector properties: a file offset store. */
    public Properties engineProperties() {
        Properties engine = new Properties();
        engine.putAll(connector);
        engine.setProperty("offset.storage", "org.apache.kafka.connect.storage.FileOffsetBackingStore");
        engine.setProperty("offset.storage.file.filename", offsetsFile.toAbsolutePath().toString());
        engine.putIfAbsent("offset.flush.interval.ms", "1000");
        return engine;
    }

    private static String required(Properties props, String key) {
        String value = props.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing setting " + key);
        }
        return value;
    }
}
