package io.csplatform.tracking.ingest;

import io.csplatform.outbox.PlatformMeters;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Parks refused usage records on {@code cs.ingest.tracking.v1.dlq} one by one (a batch consumer cannot nack a single
 * record): same key, value and headers, plus {@code dead-letter-reason}, {@code dead-letter-topic},
 * {@code dead-letter-partition} and {@code dead-letter-offset} like the connector's own DLQ.
 */
@ApplicationScoped
public class DeadLetters {

    /** A record and why it was refused. */
    public record Refused(ConsumerRecord<String, String> record, String reason) {
    }

    private final MutinyEmitter<String> emitter;

    public DeadLetters(@Channel("tracking-dlq") MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    /** Completes when every record was written to the DLQ. */
    public Uni<Void> park(List<Refused> refused) {
        if (refused.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(refused.stream().map(this::park).toList()).andFailFast().replaceWithVoid();
    }

    private Uni<Void> park(Refused refused) {
        ConsumerRecord<String, String> record = refused.record();
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add("dead-letter-reason", bytes(refused.reason()));
        headers.add("dead-letter-topic", bytes(record.topic()));
        headers.add("dead-letter-partition", bytes(Integer.toString(record.partition())));
        headers.add("dead-letter-offset", bytes(Long.toString(record.offset())));
        var metadata = OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers).build();
        return emitter.sendMessage(Message.of(record.value() == null ? "" : record.value()).addMetadata(metadata))
                .invoke(() -> PlatformMeters.deadLettered("tracking-ingest", record.topic() + ".dlq"));
    }

    private static byte[] bytes(String text) {
        return (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
    }
}
