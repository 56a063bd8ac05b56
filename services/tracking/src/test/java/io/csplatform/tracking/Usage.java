package io.csplatform.tracking;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.IngestMessages;
import io.csplatform.events.MessageType;
import io.csplatform.events.MessageTypes;
import io.csplatform.events.Topic;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** A customer's product in the tests: builds usage events, publishes them on Kafka, reads the DLQ and rollups. */
final class Usage {

    private Usage() {
    }

    static Map<String, Object> event(String eventId, String customer, String user, String event, String occurredAt,
                                     Map<String, Object> extra) {
        Map<String, Object> item = new HashMap<>(extra);
        item.put("eventId", eventId);
        item.put("customerExternalId", customer);
        item.put("userId", user);
        item.put("event", event);
        item.put("occurredAt", occurredAt);
        return item;
    }

    /** Publishes a usage event as a product would: keyed by the customer's external id; answers its headers. */
    static Map<String, String> publish(String tenant, String type, String key, Object payload) {
        MessageType<?> messageType = MessageTypes.byName(type).orElse(new MessageType<>(type, Object.class, MessageType.Kind.EVENT));
        var headers = EventHeaders.origin("/product/" + tenant, messageType, tenant, key, Instant.now()).toMap();
        try (KafkaProbe kafka = KafkaProbe.asIntegration(TestPlatform.stack(), tenant)) {
            kafka.publish(Topic.INGEST_TRACKING.forTenant(tenant), key, payload instanceof String text ? text : EventJson.write(payload),
                    headers);
        }
        return headers;
    }

    static Map<String, String> publish(String tenant, Map<String, Object> event) {
        return publish(tenant, IngestMessages.TRACKING_EVENT.name(), (String) event.get("customerExternalId"), event);
    }

    static KafkaMessage deadLettered(Map<String, String> headers) {
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            return kafka.await(Topic.INGEST_TRACKING.deadLetterName(), m -> headers.get("ce_id").equals(m.header("ce_id")),
                    Duration.ofSeconds(60));
        }
    }

    /** The first {@code tracking.day.rolled-up} of the customer's day that matches. */
    static KafkaMessage rollup(String tenant, UUID customerId, LocalDate day, Predicate<Map<String, Object>> match) {
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            return kafka.await(Topic.TRACKING_EVENTS.name(), m -> Topic.key(tenant, customerId).equals(m.key())
                    && "tracking.day.rolled-up".equals(m.header("ce_type"))
                    && day.toString().equals(TestPlatform.json(m).get("day")) && match.test(TestPlatform.json(m)),
                    Duration.ofSeconds(60));
        }
    }

    /** Every message of the customer on the tracking events topic so far. */
    static List<KafkaMessage> published(String tenant, UUID customerId) {
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            return kafka.readAll(Topic.TRACKING_EVENTS.name()).stream()
                    .filter(m -> Topic.key(tenant, customerId).equals(m.key())).toList();
        }
    }
}
