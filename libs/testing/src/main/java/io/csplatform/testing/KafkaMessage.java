package io.csplatform.testing;

import java.util.Map;

/** A record read from Kafka: key, value and headers as UTF-8 strings. */
public record KafkaMessage(String topic, int partition, long offset, String key, String value, Map<String, String> headers) {

    public String header(String name) {
        return headers.get(name);
    }
}
