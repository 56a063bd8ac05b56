package io.csplatform.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The broker authenticates every client (SASL). A service's own Kafka clients (those not made by the messaging
 * connector) take the same credentials as its channels: the {@code kafka.security.protocol},
 * {@code kafka.sasl.mechanism} and {@code kafka.sasl.jaas.config} settings of its configuration.
 */
public final class KafkaClientSecurity {

    private static final List<String> KEYS = List.of("security.protocol", "sasl.mechanism", "sasl.jaas.config");

    private KafkaClientSecurity() {
    }

    /** Copies the service's Kafka security settings ({@code kafka.<key>}, looked up by {@code config}) into a client's. */
    public static void copy(Function<String, Optional<String>> config, Map<Object, Object> client) {
        for (String key : KEYS) {
            config.apply("kafka." + key).ifPresent(value -> client.put(key, value));
        }
    }
}
