package io.csplatform.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.header.Headers;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.connect.transforms.util.SimpleConfig;

/**
 * Kafka Connect SMT: replaces one header holding a flat JSON object (the outbox {@code headers} column,
 * placed there by the EventRouter) with one string header per entry, e.g. {@code ce_type=contract.created}.
 * Config: {@code header} (default {@code cs_headers}).
 */
public class ExpandJsonHeaders<R extends ConnectRecord<R>> implements Transformation<R> {

    public static final String HEADER_CONFIG = "header";
    private static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(HEADER_CONFIG, ConfigDef.Type.STRING, "cs_headers", ConfigDef.Importance.HIGH,
                    "Header holding a JSON object whose entries become individual string headers");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private String headerName;

    @Override
    public void configure(Map<String, ?> configs) {
        headerName = new SimpleConfig(CONFIG_DEF, configs).getString(HEADER_CONFIG);
    }

    @Override
    public R apply(R record) {
        Header json = record.headers().lastWithName(headerName);
        if (json == null) {
            return record;
        }
        Headers headers = record.headers().duplicate().remove(headerName);
        if (json.value() != null) {
            Iterator<Map.Entry<String, JsonNode>> fields = parse(json.value()).fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (!value.isNull()) {
                    headers.addString(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
                }
            }
        }
        return record.newRecord(record.topic(), record.kafkaPartition(), record.keySchema(), record.key(),
                record.valueSchema(), record.value(), record.timestamp(), headers);
    }

    private JsonNode parse(Object value) {
        try {
            JsonNode node = value instanceof JsonNode n ? n : MAPPER.readTree(value.toString());
            if (!node.isObject()) {
                throw new DataException("Header " + headerName + " is not a JSON object: " + value);
            }
            return node;
        } catch (IOException e) {
            throw new DataException("Header " + headerName + " is not valid JSON", e);
        }
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public void close() {
    }
}
