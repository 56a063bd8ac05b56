package io.csplatform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A message read from Kafka: its CloudEvents headers and its JSON payload, decoded on demand. */
public record IncomingMessage(EventHeaders headers, String key, String payload) {

    public static IncomingMessage from(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new InvalidMessageException("empty payload");
        }
        return new IncomingMessage(EventHeaders.fromKafka(record.headers()), record.key(), record.value());
    }

    /**
     * A message from outside the platform on a tenant's copy of an ingest topic ({@link Topic#forTenant}): its
     * tenant is the topic's (the only principal allowed to write it), never a header's.
     */
    public static IncomingMessage fromTenantTopic(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new InvalidMessageException("empty payload");
        }
        String tenant = Topic.tenantOf(record.topic()).orElseThrow(() -> new InvalidMessageException("topic '"
                + record.topic() + "' is not a tenant's ingest topic (cs.tenant.<tenant>.ingest.<kind>.v1)"));
        return new IncomingMessage(EventHeaders.fromTenantTopic(record.headers(), tenant, record.topic()),
                record.key(), record.value());
    }

    public boolean is(MessageType<?> type) {
        return type.name().equals(headers.type());
    }

    public <T> T payload(MessageType<T> type) {
        try {
            return EventJson.MAPPER.readValue(payload, type.payloadType());
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException mapping ? JsonPaths.of(mapping) : "";
            throw new InvalidMessageException("payload is not a valid " + type.name() + ": "
                    + (field.isEmpty() ? "" : field + " ") + e.getOriginalMessage(), e);
        }
    }
}
