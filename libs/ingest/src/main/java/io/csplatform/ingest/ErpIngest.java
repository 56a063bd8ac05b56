package io.csplatform.ingest;

import io.csplatform.events.ContractSchemas;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.MessageType;
import io.csplatform.outbox.IdempotentConsumer;
import io.csplatform.outbox.PlatformMeters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.function.Function;

/**
 * What every consumer of {@code cs.ingest.erp.v1} does with a message of its kinds: checks the payload against its
 * schema and the record key against the customer's external id, then applies it once (inbox by {@code ce_id}).
 * A rejection fails the message: retried when it may apply later ({@link ErpRejectedException}), otherwise parked
 * at once ({@link InvalidMessageException}).
 */
@ApplicationScoped
public class ErpIngest {

    private final IdempotentConsumer idempotent;

    public ErpIngest(IdempotentConsumer idempotent) {
        this.idempotent = idempotent;
    }

    public Uni<Void> apply(String consumer, IncomingMessage message, Function<Mutiny.Session, Uni<Applied>> work) {
        return idempotent.apply(consumer, message, session -> work.apply(session).invoke(applied -> {
            PlatformMeters.ingested(consumer, applied.outcome().name().toLowerCase(java.util.Locale.ROOT), 1);
            if (applied.outcome() == Applied.Outcome.REJECTED) {
                throw applied.retryable() ? new ErpRejectedException(applied.reason())
                        : new InvalidMessageException(applied.reason());
            }
        }));
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
