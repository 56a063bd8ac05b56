package io.csplatform.testing;

import io.csplatform.devstack.KafkaAccess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/** What the benchmarks under {@code bench/} share: clients as a service's are configured, timestamps, percentiles. */
public final class BenchKafka {

    private BenchKafka() {
    }

    /** As a service's producer would be: acks=all, idempotent; small linger so a burst goes out in batches. */
    public static KafkaProducer<String, String> producer(String bootstrap) {
        Properties props = new Properties();
        props.putAll(KafkaAccess.platformClient());
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, "65536");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** A consumer for assigned partitions, no group commits. */
    public static KafkaConsumer<String, String> consumer(String bootstrap) {
        Properties props = new Properties();
        props.putAll(KafkaAccess.platformClient());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    public static Admin admin(String bootstrap) {
        Map<String, Object> config = new java.util.HashMap<>(KafkaAccess.platformClient());
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return Admin.create(config);
    }

    public static ProducerRecord<String, String> record(String topic, String key, String value, Map<String, String> headers) {
        RecordHeaders kafkaHeaders = new RecordHeaders();
        headers.forEach((name, v) -> kafkaHeaders.add(name, v.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(topic, null, key, value, kafkaHeaders);
    }

    /** Creates the topics (3 partitions) or sets them to broker LogAppendTime, so latencies compare broker clocks. */
    public static void logAppendTime(String bootstrap, List<String> topics) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1)
                            .configs(Map.of("message.timestamp.type", "LogAppendTime")))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                    admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic),
                            List.of(new AlterConfigOp(new ConfigEntry("message.timestamp.type", "LogAppendTime"),
                                    AlterConfigOp.OpType.SET)))).all().get();
                }
            }
        }
    }

    /** The percentile of sorted values (0 when there are none). */
    /**
     * A record's JSON value as a tree, read with Jackson: a benchmark's consumer loop must not use RestAssured's
     * {@code JsonPath}, which evaluates a Groovy expression per field and took more CPU than the service under test.
     */
    public static com.fasterxml.jackson.databind.JsonNode json(String value) {
        try {
            return io.csplatform.events.EventJson.MAPPER.readTree(value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static double pct(double[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(sorted.length * percentile / 100.0) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** The load averages (1, 5, 15 minutes) from /proc/loadavg. */
    public static String uptime() {
        try {
            String avg = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
            return String.join(" ", Arrays.copyOf(avg.split(" "), 3));
        } catch (Exception e) {
            return "?";
        }
    }

    /**
     * Raw Kafka on {@code topic}: {@code records} copies of {@code value} produced as fast as possible, then consumed
     * back from the beginning; answers {produce records/s, consume records/s}.
     */
    public static double[] throughput(String bootstrap, String topic, int records, String value, Map<String, String> headers) {
        long t = System.nanoTime();
        try (KafkaProducer<String, String> producer = producer(bootstrap)) {
            for (int i = 0; i < records; i++) {
                producer.send(record(topic, "acme:" + (i % 100), value, headers));
            }
            producer.flush();
        }
        double produce = records / ((System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        long read = 0;
        try (KafkaConsumer<String, String> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (read < records) {
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
        }
        return new double[] {produce, read / ((System.nanoTime() - t) / 1e9)};
    }

    /**
     * Raw Kafka's own latency on {@code topic}: {@code records} records sent one by one at {@code perSecond}, each
     * timed from the producer's send to the consumer's poll in this JVM; answers the sorted latencies in ms.
     */
    public static double[] latency(String bootstrap, String topic, int records, int perSecond) throws InterruptedException {
        double[] latencies = new double[records];
        try (KafkaConsumer<String, String> consumer = consumer(bootstrap);
                KafkaProducer<String, String> producer = producer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            for (int i = 0; i < records; i++) {
                long sent = System.nanoTime();
                producer.send(record(topic, "acme:" + i, Long.toString(sent), Map.of()));
                producer.flush();
                boolean seen = false;
                while (!seen) {
                    for (var r : consumer.poll(Duration.ofMillis(5))) {
                        seen |= r.value().equals(Long.toString(sent));
                    }
                }
                latencies[i] = (System.nanoTime() - sent) / 1e6;
                Thread.sleep(Math.max(0, 1000 / perSecond - (long) latencies[i]));
            }
        }
        Arrays.sort(latencies);
        return latencies;
    }
}
