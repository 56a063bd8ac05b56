package io.csplatform.relay;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.apache.kafka.connect.storage.SimpleHeaderConverter;
import org.apache.kafka.connect.storage.StringConverter;

/**
 * Serialises a transformed Connect record with the converters named in the connector properties
 * ({@code key.converter}, {@code value.converter}, {@code header.converter}), as Kafka Connect would.
 */
final class RecordConverter {

    private final Converter keyConverter;
    private final Converter valueConverter;
    private final HeaderConverter headerConverter;

    private RecordConverter(Converter keyConverter, Converter valueConverter, HeaderConverter headerConverter) {
        this.keyConverter = keyConverter;
        this.valueConverter = valueConverter;
        this.headerConverter = headerConverter;
    }

    static RecordConverter from(Properties props) {
        Converter key = instantiate(props, "key.converter", StringConverter.class.getName());
        key.configure(subset(props, "key.converter."), true);
        Converter value = instantiate(props, "value.converter", StringConverter.class.getName());
        value.configure(subset(props, "value.converter."), false);
        HeaderConverter header = instantiate(props, "header.converter", SimpleHeaderConverter.class.getName());
        header.configure(subset(props, "header.converter."));
        return new RecordConverter(key, value, header);
    }

    /** Null for records without a topic or value (nothing to publish). */
    ProducerRecord<byte[], byte[]> toProducerRecord(SourceRecord record) {
        if (record.topic() == null || record.value() == null) {
            return null;
        }
        String topic = record.topic();
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header.key(), headerConverter.fromConnectHeader(topic, header.key(), header.schema(), header.value()));
        }
        byte[] key = keyConverter.fromConnectData(topic, headers, record.keySchema(), record.key());
        byte[] value = valueConverter.fromConnectData(topic, headers, record.valueSchema(), record.value());
        return new ProducerRecord<>(topic, null, key, value, headers);
    }

    private static Map<String, Object> subset(Properties props, String prefix) {
        Map<String, Object> result = new HashMap<>();
        props.stringPropertyNames().stream()
                .filter(name -> name.startsWith(prefix))
                .forEach(name -> result.put(name.substring(prefix.length()), props.getProperty(name)));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <T> T instantiate(Properties props, String key, String defaultClass) {
        String className = props.getProperty(key, defaultClass);
        try {
            return (T) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot create " + key + " " + className, e);
        }
    }
}
