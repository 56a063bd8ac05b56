package io.csplatform.e2e;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** Waits until a consumer group has committed everything currently in a partition: proof it processed it. */
final class ConsumerProgress {

    private ConsumerProgress() {
    }

    static void awaitCaughtUp(String bootstrapServers, String group, String topic, int partition, Duration timeout) {
        TopicPartition tp = new TopicPartition(topic, partition);
        try (Admin admin = io.csplatform.testing.BenchKafka.admin(bootstrapServers)) {
            long end = admin.listOffsets(Map.of(tp, OffsetSpec.latest())).partitionResult(tp).get().offset();
            await().atMost(timeout).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get().get(tp);
                return committed != null && committed.offset() >= end;
            });
        } catch (Exception e) {
            throw new AssertionError("cannot read the progress of " + group + " on " + tp, e);
        }
    }
}
