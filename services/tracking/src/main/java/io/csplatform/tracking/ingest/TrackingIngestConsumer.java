package io.csplatform.tracking.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.EventJson;
import io.csplatform.events.IngestMessages;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.tracking.ingest.DeadLetters.Refused;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a poll of {@code cs.ingest.tracking.v1} does ({@link IngestLoop} polls): its records are checked, grouped by tenant (the
 * tenant whose copy of the topic it came from, never a header) and applied in ONE transaction; refused records are parked on the DLQ with the reason
 * (unreadable headers or JSON, a type other than {@code tracking.event}, a payload failing the schema, a key that is
 * not its {@code customerExternalId}, a time outside the window, an unknown customer); then the batch is acknowledged
 * and its offsets committed. A redelivered batch changes nothing: its events are duplicates in the raw table.
 */
@ApplicationScoped
public class TrackingIngestConsumer {

    private final TrackingIngest ingest;
    private final DeadLetters deadLetters;

    public TrackingIngestConsumer(TrackingIngest ingest, DeadLetters deadLetters) {
        this.ingest = ingest;
        this.deadLetters = deadLetters;
    }

    /** Applies a poll's records; completes when they are committed to the database and the refused ones parked. */
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return apply(prepare(records));
    }

    /**
     * The CPU part of a poll, no I/O: headers and payloads checked, events grouped by tenant ({@link IngestLoop} does
     * it for the next poll while the current one's transaction runs).
     */
    Prepared prepare(Iterable<ConsumerRecord<String, String>> records) {
        List<Refused> refused = new ArrayList<>();
        Map<String, TenantBatch> tenants = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                EventHeaders headers = IncomingMessage.fromTenantTopic(record).headers();
                UsageEvent event = check(record, headers);
                tenants.computeIfAbsent(headers.tenantId(), t -> new TenantBatch()).add(record, event);
            } catch (InvalidMessageException e) {
                refused.add(new Refused(record, e.getMessage()));
            }
        }
        return new Prepared(List.copyOf(refused), tenants);
    }

    /** Writes a prepared poll in ONE transaction, then parks the refused records; may be retried whole. */
    Uni<Void> apply(Prepared prepared) {
        return ingest.inTransaction(connection -> Multi.createFrom().iterable(prepared.tenants().entrySet())
                        .onItem().transformToUniAndConcatenate(entry -> ingest.apply(connection, entry.getKey(),
                                entry.getValue().events).map(outcome -> entry.getValue().refused(outcome)))
                        .collect().in(ArrayList<Refused>::new, List::addAll))
                .chain(refusedByRules -> {
                    List<Refused> refused = new ArrayList<>(prepared.refused());
                    refused.addAll(refusedByRules);
                    return deadLetters.park(refused);
                });
    }

    /** A checked poll: the records refused by their headers or payload, and the well-formed events by tenant. */
    record Prepared(List<Refused> refused, Map<String, TenantBatch> tenants) {
    }

    private static UsageEvent check(ConsumerRecord<String, String> record, EventHeaders headers) {
        if (!IngestMessages.TRACKING_EVENT.name().equals(headers.type())) {
            throw new InvalidMessageException("unknown tracking message type '" + headers.type() + "'; known: ["
                    + IngestMessages.TRACKING_EVENT.name() + "]");
        }
        if (record.value() == null) {
            throw new InvalidMessageException("empty payload");
        }
        UsageEventParser.Parsed parsed;
        try {
            parsed = UsageEventParser.parse(EventJson.MAPPER.readTree(record.value()));
        } catch (JsonProcessingException e) {
            throw new InvalidMessageException("payload is not JSON: " + e.getOriginalMessage());
        }
        if (!parsed.ok()) {
            throw new InvalidMessageException("payload does not match " + IngestMessages.TRACKING_EVENT.schemaPath()
                    + ": " + parsed.field() + " " + parsed.reason());
        }
        if (!parsed.event().customerExternalId().equals(record.key())) {
            throw new InvalidMessageException("record key '" + record.key() + "' is not the customer external id '"
                    + parsed.event().customerExternalId() + "'");
        }
        return parsed.event();
    }

    /** The checked events of one tenant, with their records to park any the rules refuse. */
    static final class TenantBatch {
        final List<UsageEvent> events = new ArrayList<>();
        final List<ConsumerRecord<String, String>> records = new ArrayList<>();

        void add(ConsumerRecord<String, String> record, UsageEvent event) {
            records.add(record);
            events.add(event);
        }

        List<Refused> refused(TrackingIngest.Outcome outcome) {
            return outcome.rejected().stream()
                    .map(error -> new Refused(records.get(error.index()), error.field() + " " + error.reason())).toList();
        }
    }
}
