package io.csplatform.ingest;

import io.csplatform.events.ContractSchemas;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.MessageType;
import io.csplatform.outbox.CommitGroups;
import io.csplatform.outbox.IdempotentConsumer;
import io.csplatform.outbox.Outbox;
import io.csplatform.outbox.PlatformMeters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.vertx.core.Vertx;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * What every consumer of {@code cs.ingest.erp.v1} does with a message of its kinds: checks the payload against its
 * schema and the record key against the customer's external id, then applies it once (inbox by {@code ce_id}), in
 * {@link CommitGroups} (many messages per transaction; a customer's in their order).
 * A rejection fails the message: retried when it may apply later ({@link ErpRejectedException}), otherwise parked
 * at once ({@link InvalidMessageException}).
 */
@ApplicationScoped
public class ErpIngest {

    /** A message to apply: the parsed message and its work in a transaction (null: nothing to do, ack it). */
    public record Planned(IncomingMessage message, Function<Mutiny.Session, Uni<Applied>> work) {
    }

    private final IdempotentConsumer idempotent;
    private final Outbox outbox;
    private final Mutiny.SessionFactory sessions;
    private final Vertx vertx;
    private final CommitGroups.Policy policy;

    public ErpIngest(IdempotentConsumer idempotent, Outbox outbox, Mutiny.SessionFactory sessions, Vertx vertx,
                     @ConfigProperty(name = "erp.ingest.lanes", defaultValue = "3") int lanes,
                     @ConfigProperty(name = "erp.ingest.max-group", defaultValue = "200") int maxGroup,
                     @ConfigProperty(name = "erp.ingest.max-pending", defaultValue = "2000") int maxPending,
                     @ConfigProperty(name = "erp.ingest.retries", defaultValue = "3") int retries,
                     @ConfigProperty(name = "erp.ingest.retry-delay", defaultValue = "PT1S") Duration retryDelay) {
        this.idempotent = idempotent;
        this.outbox = outbox;
        this.sessions = sessions;
        this.vertx = vertx;
        this.policy = new CommitGroups.Policy(lanes, maxGroup, maxPending, retries, retryDelay);
    }

    /**
     * The commit groups of one consumer of the ERP topic (one instance per consumer, made once); {@code scope} is what
     * each group does around its messages' work (e.g. {@code CustomerDirectory.lockedFirst()}: the group's customers
     * found and locked up front).
     */
    public CommitGroups groups(String consumer, CommitGroups.Scope scope) {
        return new CommitGroups(consumer, sessions, idempotent, outbox, scope, vertx, policy);
    }

    /**
     * Consumes one record of the ERP topic (a channel with manual acknowledgement): {@code plan} parses and checks
     * it (an {@link InvalidMessageException} parks it at once) and says what to apply; the rest applies in
     * {@code groups}, in the order of its key, once. Answers when the record is admitted.
     */
    @SuppressWarnings("unchecked")
    public CompletionStage<Void> consume(String consumer, CommitGroups groups, Message<?> record,
                                         Function<ConsumerRecord<String, String>, Planned> plan) {
        ConsumerRecord<String, String> kafka = record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("not a Kafka record"));
        Planned planned;
        try {
            planned = plan.apply(kafka);
        } catch (InvalidMessageException invalid) {
            return record.nack(invalid);
        }
        if (planned == null) {
            return record.ack();
        }
        return groups.submit(record, kafka.key(), planned.message(), session -> planned.work().apply(session)
                .invoke(applied -> {
                    if (applied.outcome() == Applied.Outcome.REJECTED) {
                        throw applied.retryable() ? new ErpRejectedException(applied.reason())
                                : new InvalidMessageException(applied.reason());
                    }
                }), (applied, failure) -> {
            // counted once per message, as it finally ended (a group's rolled-back attempt does not count)
            if (applied != null) {
                PlatformMeters.ingested(consumer, applied.outcome().name().toLowerCase(java.util.Locale.ROOT), 1);
            } else if (failure instanceof ErpRejectedException || failure instanceof InvalidMessageException) {
                PlatformMeters.ingested(consumer, "rejected", 1);
            }
        });
    }

    public static <T> T valid(IncomingMessage message, MessageType<T> type) {
        List<String> violations = ContractSchemas.violations(type, message.payload());
        if (!violations.isEmpty()) {
            throw new InvalidMessageException("payload does not match " + type.schemaPath() + ": " + violations);
        }
        return message.payload(type);
    }

    public static void requireKey(ConsumerRecord<String, String> record, String customerExternalId) {
        if (!customerExternalId.equals(record.key())) {
            throw new InvalidMessageException("record key '" + record.key() + "' is not the customer external id '"
                    + customerExternalId + "'");
        }
    }
}
