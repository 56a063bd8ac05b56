package io.csplatform.testing;

import io.csplatform.devstack.DevStack;
import io.csplatform.devstack.KafkaAccess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Test reader/writer for Kafka: reads a topic from the beginning (no consumer group) until a record matches,
 * and re-publishes a record unchanged to simulate redelivery.
 */
public final class KafkaProbe implements AutoCloseable {

    private final Map<String, Object> client;
    private KafkaProducer<String, String> producer;

    /** A client of the platform (principal {@code platform}) on the dev stack's broker at {@code bootstrapServers}. */
    public KafkaProbe(String bootstrapServers) {
        this(platformClient(bootstrapServers));
    }

    private KafkaProbe(Map<String, Object> client) {
        this.client = Map.copyOf(client);
    }

    public static KafkaProbe of(DevStack stack) {
        return new KafkaProbe(stack.kafkaClientConfig());
    }

    /** A tenant's integration (an ERP, a helpdesk): may write only that tenant's copies of the ingest topics. */
    public static KafkaProbe asIntegration(DevStack stack, String tenant) {
        return new KafkaProbe(stack.kafkaIntegrationConfig(tenant));
    }

    private static Map<String, Object> platformClient(String bootstrapServers) {
        Map<String, Object> client = new LinkedHashMap<>(KafkaAccess.platformClient());
        client.put("bootstrap.servers", bootstrapServers);
        return client;
    }

    /** The first record (from the beginning of the topic) that matches; waits for the topic to exist. */
    public KafkaMessage await(String topic, Predicate<KafkaMessage> match, Duration timeout) {
        List<KafkaMessage> found = awaitAll(topic, match, 1, timeout);
        return found.get(0);
    }

    /** Reads from the beginning until {@code count} records match; answers them in read order. */
    public List<KafkaMessage> awaitAll(String topic, Predicate<KafkaMessage> match, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<KafkaMessage> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            assignFromBeginning(consumer, topic, deadline);
            while (found.size() < count) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Only " + found.size() + " of " + count + " matching records on " + topic
                            + " after " + timeout.toSeconds() + " s");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    KafkaMessage message = toMessage(record);
                    if (match.test(message)) {
                        found.add(message);
                    }
                }
            }
        }
        return found;
    }

    /** Every record currently on the topic (empty if it does not exist). */
    public List<KafkaMessage> readAll(String topic) {
        List<KafkaMessage> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            if (partitions.isEmpty()) {
                return all;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> all.add(toMessage(record)));
            }
        }
        return all;
    }

    /** Publishes the same key, value and headers again (to the same partition), like a redelivery. */
    public void republish(KafkaMessage message) {
        RecordHeaders headers = new RecordHeaders();
        message.headers().forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(new ProducerRecord<>(message.topic(), message.partition(), message.key(), message.value(),
                    headers)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot republish " + message, e);
        }
    }

    /** Publishes a new record (key may be null). */
    /** A record to send with {@link #publishBurst}. */
    public record Outgoing(String key, String value, Map<String, String> headers) {
    }

    /**
     * Sends every record before waiting for any (in order, one producer): they reach the consumer together, as a busy
     * producer's would, where {@link #publish} waits for each one's acknowledgement before sending the next.
     */
    public void publishBurst(String topic, List<Outgoing> records) {
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        for (Outgoing record : records) {
            RecordHeaders kafkaHeaders = new RecordHeaders();
            record.headers().forEach((name, v) -> kafkaHeaders.add(name, v.getBytes(StandardCharsets.UTF_8)));
            sent.add(producer().send(new ProducerRecord<>(topic, null, record.key(), record.value(), kafkaHeaders)));
        }
        try {
            for (var future : sent) {
                future.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("Cannot publish to " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Cannot publish to " + topic, e);
        }
    }

    public void publish(String topic, String key, String value, Map<String, String> headers) {
        publishBurst(topic, List.of(new Outgoing(key, value, headers)));
    }

    private void assignFromBeginning(KafkaConsumer<String, String> consumer, String topic, Instant deadline) {
        List<TopicPartition> partitions = partitions(consumer, topic);
        while (partitions.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Topic " + topic + " does not exist");
            }
            sleep();
            partitions = partitions(consumer, topic);
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        List<PartitionInfo> infos = consumer.listTopics(Duration.ofSeconds(10)).getOrDefault(topic, List.of());
        return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.putAll(client);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.putAll(client);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "15000");
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private static KafkaMessage toMessage(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return new KafkaMessage(record.topic(), record.partition(), record.offset(), record.key(), record.value(), headers);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
