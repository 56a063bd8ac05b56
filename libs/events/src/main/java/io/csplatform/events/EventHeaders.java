package io.csplatform.events;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * CloudEvents 1.0 attributes of a message, carried as Kafka headers in binary mode
 * ({@code ce_id}, {@code ce_type}, ...) plus the platform's extensions: tenant, correlation,
 * causation and causation depth.
 */
public record EventHeaders(UUID id, String source, String type, String dataschema, String subject,
                           Instant time, String tenantId, UUID correlationId, UUID causationId, int depth) {

    public static final String SPEC_VERSION = "1.0";

    /** Headers of a message that starts a new chain (a user's request, an ERP push). */
    public static EventHeaders origin(String source, MessageType<?> type, String tenantId, Object subject, Instant time) {
        UUID id = UUID.randomUUID();
        return new EventHeaders(id, source, type.name(), type.dataschema(), String.valueOf(subject), time,
                tenantId, id, null, 0);
    }

    /** Headers of a message caused by this one: same tenant and correlation, one level deeper. */
    public EventHeaders causes(String source, MessageType<?> type, Object subject, Instant time) {
        return new EventHeaders(UUID.randomUUID(), source, type.name(), type.dataschema(), String.valueOf(subject),
                time, tenantId, correlationId, id, depth + 1);
    }

    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("ce_specversion", SPEC_VERSION);
        map.put("ce_id", id.toString());
        map.put("ce_source", source);
        map.put("ce_type", type);
        map.put("ce_dataschema", dataschema);
        map.put("ce_subject", subject);
        map.put("ce_time", time.toString());
        map.put("ce_tenantid", tenantId);
        map.put("ce_correlationid", correlationId.toString());
        if (causationId != null) {
            map.put("ce_causationid", causationId.toString());
        }
        map.put("ce_depth", Integer.toString(depth));
        return map;
    }

    /** Reads the attributes back; a missing required one is an {@link InvalidMessageException}. */
    public static EventHeaders fromMap(Map<String, String> map) {
        try {
            String causation = map.get("ce_causationid");
            return new EventHeaders(
                    UUID.fromString(required(map, "ce_id")),
                    required(map, "ce_source"),
                    required(map, "ce_type"),
                    map.get("ce_dataschema"),
                    required(map, "ce_subject"),
                    Instant.parse(required(map, "ce_time")),
                    required(map, "ce_tenantid"),
                    UUID.fromString(map.getOrDefault("ce_correlationid", map.get("ce_id"))),
                    causation == null ? null : UUID.fromString(causation),
                    Integer.parseInt(map.getOrDefault("ce_depth", "0")));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new InvalidMessageException("malformed CloudEvents header: " + e.getMessage());
        }
    }

    public static EventHeaders fromKafka(Headers headers) {
        return fromMap(map(headers));
    }

    /**
     * The headers of a message from outside the platform, read from the copy of an ingest topic that only
     * {@code tenantId} may write: the tenant is the topic's. A {@code ce_tenantid} header is optional; one naming
     * another tenant is refused, never obeyed.
     */
    public static EventHeaders fromTenantTopic(Headers headers, String tenantId, String topic) {
        Map<String, String> map = map(headers);
        String claimed = map.get("ce_tenantid");
        if (claimed != null && !claimed.equals(tenantId)) {
            throw new InvalidMessageException("ce_tenantid '" + claimed + "' is not the tenant of topic '" + topic
                    + "' ('" + tenantId + "'): the tenant of an ingest message is the topic's, which only that "
                    + "tenant's integration may write");
        }
        map.put("ce_tenantid", tenantId);
        return fromMap(map);
    }

    private static Map<String, String> map(Headers headers) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Header header : headers) {
            if (header.key().startsWith("ce_") && header.value() != null) {
                map.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return map;
    }

    private static String required(Map<String, String> map, String name) {
        String value = map.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidMessageException("missing CloudEvents header " + name);
        }
        return value;
    }
}
