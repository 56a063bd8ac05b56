package io.csplatform.outbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.util.function.BiConsumer;

/**
 * Counts every message the Kafka connector parks ({@code failure-strategy=dead-letter-queue}, every channel of every
 * service) in {@code cs_messages_dead_lettered_total{channel,topic}}, without touching any channel's configuration:
 * a CDI decorator around the connector's failure-handler factories. Other strategies pass through uncounted.
 */
@Decorator
@Priority(10)
public abstract class DeadLetterMeter implements KafkaFailureHandler.Factory {

    @Inject
    @Delegate
    @Any
    KafkaFailureHandler.Factory delegate;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx, KafkaConsumer<?, ?> consumer,
                                      BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler handler = delegate.create(config, vertx, consumer, reportFailure);
        if (!KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE.equals(config.getFailureStrategy())) {
            return handler;
        }
        String channel = config.getChannel();
        String topic = config.getDeadLetterQueueTopic().orElse("dead-letter-topic-" + channel);
        return new Counting(handler, channel, topic);
    }

    private record Counting(KafkaFailureHandler handler, String channel, String topic) implements KafkaFailureHandler {

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            return handler.handle(record, reason, metadata)
                    .invoke(() -> PlatformMeters.deadLettered(channel, topic));
        }

        @Override
        public void terminate() {
            handler.terminate();
        }
    }
}
