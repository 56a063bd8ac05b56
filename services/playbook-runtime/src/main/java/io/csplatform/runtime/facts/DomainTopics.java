package io.csplatform.runtime.facts;

import io.csplatform.events.IncomingMessage;
import io.csplatform.runtime.evaluation.TriggerEvent;
import io.csplatform.runtime.execution.DomainEventsConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Reads one tenant's events back from every domain topic, from the beginning or from a moment, up to the end the
 * topics had when it opened; each event once (by {@code ce_id}). What the live consumer parks on the DLQ is skipped.
 * For the rebuild and replay; blocking, no consumer group.
 */
public final class DomainTopics implements AutoCloseable {

    public static final List<String> TOPICS = List.of("cs.customers.events.v1", "cs.contracts.events.v1",
            "cs.finance.events.v1", "cs.journeys.events.v1", "cs.tickets.events.v1", "cs.surveys.events.v1",
            "cs.tracking.events.v1", "cs.healthscore.events.v1");

    private final KafkaConsumer<String, String> consumer;
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final Map<TopicPartition, Long> end;
    private final String tenant;
    private final Set<String> seen = new HashSet<>();
    private long read;

    /** Opens the tenant's events from {@code from} (null: from the beginning). */
    public DomainTopics(String bootstrapServers, String tenant, Instant from) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        io.csplatform.events.KafkaClientSecurity.copy(key -> org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue(key, String.class), props);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        this.tenant = tenant;
        for (String topic : TOPICS) {
            var infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null) {
                infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
        }
        consumer.assign(partitions);
        end = consumer.endOffsets(partitions);
        if (from == null) {
            consumer.seekToBeginning(partitions);
        } else {
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(p -> query.put(p, from.toEpochMilli()));
            consumer.offsetsForTimes(query).forEach((p, offset) -> consumer.seek(p, offset == null ? end.get(p) : offset.offset()));
        }
    }

    /** Whether records remain before the end the topics had when this reader opened. */
    public boolean more() {
        return partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p));
    }

    /** The tenant's next events (Kafka append time at most {@code until}, null: no bound). */
    public List<TriggerEvent> next(Instant until) {
        List<TriggerEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
            if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))
                    || (until != null && record.timestamp() > until.toEpochMilli())) {
                continue;
            }
            read++;
            try {
                IncomingMessage message = IncomingMessage.from(record);
                if (tenant.equals(message.headers().tenantId()) && seen.add(String.valueOf(message.headers().id()))) {
                    events.add(DomainEventsConsumer.event(message));
                }
            } catch (RuntimeException e) {
                // what the live consumer parks on the DLQ is skipped here too
            }
        }
        return events;
    }

    /** Records read so far, every tenant's. */
    public long read() {
        return read;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
