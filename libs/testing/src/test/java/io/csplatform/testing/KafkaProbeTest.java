package io.csplatform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KafkaProbeTest {

    @Test
    void devStackResourceGivesQuarkusConfigForTheSchema() {
        DevStackResource resource = new DevStackResource();
        resource.init(Map.of("schema", "contracts"));
        Map<String, String> config = resource.start();
        assertThat(config)
                .containsEntry("quarkus.devservices.enabled", "false")
                .containsEntry("kafka.bootstrap.servers", SharedDevStack.get().kafkaBootstrapServers())
                .containsEntry("quarkus.datasource.jdbc.url", SharedDevStack.get().jdbcUrl("contracts"))
                .containsKeys("quarkus.datasource.reactive.url", "quarkus.oidc.auth-server-url", "quarkus.mailer.port");
    }

    @Test
    void readsFromTheBeginningAndRepublishesUnchanged() {
        String topic = "cs.probe.events.v1";
        String key = "acme:" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        try (KafkaProbe probe = KafkaProbe.of(SharedDevStack.get())) {
            probe.publish(topic, key, "{\"n\":1}", Map.of("ce_id", eventId, "ce_type", "probe.happened"));

            KafkaMessage first = probe.await(topic, m -> key.equals(m.key()), Duration.ofSeconds(20));
            assertThat(first.value()).isEqualTo("{\"n\":1}");
            assertThat(first.header("ce_id")).isEqualTo(eventId);

            probe.republish(first);
            var both = probe.awaitAll(topic, m -> key.equals(m.key()), 2, Duration.ofSeconds(20));
            assertThat(both).extracting(KafkaMessage::value, m -> m.header("ce_id"), KafkaMessage::partition)
                    .containsOnly(org.assertj.core.groups.Tuple.tuple("{\"n\":1}", eventId, first.partition()));
            assertThat(probe.readAll(topic)).filteredOn(m -> key.equals(m.key())).hasSize(2);
        }
    }
}
