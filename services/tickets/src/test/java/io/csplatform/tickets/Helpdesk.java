package io.csplatform.tickets;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.MessageType;
import io.csplatform.events.MessageTypes;
import io.csplatform.events.Topic;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A customer's helpdesk in the tests: publishes on its tenant's copy of the helpdesk ingest topic and reads its dead letters. */
final class Helpdesk {

    private Helpdesk() {
    }

    /** Publishes a message as a helpdesk would: keyed by the customer's external id; answers its headers. */
    static Map<String, String> publish(String tenant, String type, String key, Object payload) {
        MessageType<?> messageType = MessageTypes.byName(type).orElse(new MessageType<>(type, Object.class, MessageType.Kind.EVENT));
        var headers = EventHeaders.origin("/helpdesk/" + tenant, messageType, tenant, key, Instant.now()).toMap();
        try (KafkaProbe kafka = KafkaProbe.asIntegration(TestPlatform.stack(), tenant)) {
            kafka.publish(Topic.INGEST_HELPDESK.forTenant(tenant), key, payload instanceof String text ? text : EventJson.write(payload),
                    headers);
        }
        return headers;
    }

    /** The dead-lettered helpdesk message with this {@code ce_id}. */
    static KafkaMessage deadLettered(Map<String, String> headers) {
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            return kafka.await(Topic.INGEST_HELPDESK.deadLetterName(), m -> headers.get("ce_id").equals(m.header("ce_id")),
                    Duration.ofSeconds(60));
        }
    }

    /** A {@code helpdesk.ticket} payload, created 2026-03-01T12:00:00Z, plus {@code extra} fields. */
    static Map<String, Object> ticket(String customer, String externalId, long version, String status,
                                      Map<String, Object> extra) {
        Map<String, Object> ticket = new HashMap<>(extra);
        ticket.put("customerExternalId", customer);
        ticket.put("externalId", externalId);
        ticket.put("version", version);
        ticket.put("subject", "Cannot issue invoices");
        ticket.put("status", status);
        ticket.putIfAbsent("createdAt", "2026-03-01T12:00:00Z");
        return ticket;
    }
}
