package io.csplatform.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The outbox connector has one configuration in three files: deploy/debezium/outbox-connector.properties (the
 * embedded relay of libs/relay reads it), outbox-connector.json beside it (what Kafka Connect's REST API takes; the
 * compose registrar PUTs it) and the Helm chart's copy (files/outbox-connector.json). They must say the same.
 */
class DebeziumConnectorConfigTest {

    static Map<String, Object> properties() {
        Properties props = ServiceSettings.properties(Repository.path("deploy/debezium/outbox-connector.properties"));
        Map<String, Object> map = new LinkedHashMap<>();
        props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k)));
        return map;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String file) throws Exception {
        return new ObjectMapper().readValue(Repository.read(file), Map.class);
    }

    @Test
    void theJsonFormSaysWhatThePropertiesSay() throws Exception {
        Map<String, Object> properties = properties();
        assertThat(properties).containsEntry("name", "cs-outbox").containsKey("transforms.headers.type");
        assertThat(json("deploy/debezium/outbox-connector.json")).as(
                "deploy/debezium/outbox-connector.json must equal outbox-connector.properties (regenerate the JSON)")
                .isEqualTo(properties);
    }

    @Test
    void theChartCarriesTheSameConnectorConfig() throws Exception {
        assertThat(Repository.read("helm/cs-platform/files/outbox-connector.json"))
                .as("helm/cs-platform/files/outbox-connector.json must be a copy of deploy/debezium/outbox-connector.json")
                .isEqualTo(Repository.read("deploy/debezium/outbox-connector.json"));
    }

    @Test
    void everyValueIsAStringAsKafkaConnectExpects() throws Exception {
        json("deploy/debezium/outbox-connector.json").forEach((key, value) ->
                assertThat(value).as(key).isInstanceOf(String.class));
    }

    @Test
    void aDriftIsSeen() throws Exception {
        Map<String, Object> drifted = json("deploy/debezium/outbox-connector.json");
        drifted.put("poll.interval.ms", "500");
        assertThat(drifted).isNotEqualTo(properties());
    }
}
