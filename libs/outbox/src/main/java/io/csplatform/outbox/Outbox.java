package io.csplatform.outbox;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.MessageType;
import io.csplatform.events.Topic;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Publishes events and commands by writing an outbox row in the caller's transaction; Debezium relays
 * the row to {@code cs.<aggregatetype>.v1}, keyed by {@code tenantId:customerId}, with the CloudEvents
 * attributes as headers, and the trace context ({@code traceparent}) when tracing is on. Nothing is sent to Kafka
 * from a request. Within {@link #batched} the rows of a session are kept back and written at the end in multi-row inserts
 * (same transaction, same order), so a batch of ERP messages costs a few round trips to the outbox instead of one a row.
 */
@ApplicationScoped
public class Outbox {

    /*
     * The JSON is bound as text and cast server-side: bound directly to a jsonb parameter, the Vert.x client
     * would encode the Java String as a JSON string value, and the relay would publish a quoted document.
     */
    private static final String INSERT = "insert into outbox (id, aggregatetype, aggregateid, type, payload, headers) values";
    private static final String VALUES = "(:id#, :aggregatetype#, :aggregateid#, :type#, cast(cast(:payload# as text) as jsonb),"
            + " cast(cast(:headers# as text) as jsonb))";
    private static final String[] COLUMNS = {"id", "aggregatetype", "aggregateid", "type", "payload", "headers"};

    /** Rows per multi-row insert (6 parameters each, far below PostgreSQL's 65,535). */
    static final int ROWS_PER_INSERT = 250;

    private final String source;
    private final Clock clock;
    /** The rows kept back per session while it runs {@link #batched} work (sessions are compared by identity). */
    private final Map<Mutiny.Session, List<Object[]>> pending = Collections.synchronizedMap(new IdentityHashMap<>());

    public Outbox(@ConfigProperty(name = "quarkus.application.name") String application, Clock clock) {
        this.source = "/services/" + application;
        this.clock = clock;
    }

    /** A message that starts a chain: a user's request or an integration's push. */
    public <T> Uni<EventHeaders> publish(Mutiny.Session session, Topic topic, MessageType<T> type, String tenantId,
                                         UUID customerId, T payload) {
        EventHeaders headers = EventHeaders.origin(source, type, tenantId, customerId, now());
        return write(session, topic, headers, customerId, payload);
    }

    /** A message caused by {@code cause}: same tenant and correlation, one level deeper. */
    public <T> Uni<EventHeaders> publishCausedBy(Mutiny.Session session, EventHeaders cause, Topic topic,
                                                 MessageType<T> type, UUID customerId, T payload) {
        EventHeaders headers = cause.causes(source, type, customerId, now());
        return write(session, topic, headers, customerId, payload);
    }

    private Uni<EventHeaders> write(Mutiny.Session session, Topic topic, EventHeaders headers, UUID customerId,
                                    Object payload) {
        Object[] row = {headers.id(), topic.routingKey(), Topic.key(headers.tenantId(), customerId), headers.type(),
                EventJson.write(payload), EventJson.write(withTraceContext(headers.toMap()))};
        List<Object[]> kept = pending.get(session);
        if (kept != null) {
            kept.add(row);
            return Uni.createFrom().item(headers);
        }
        return insert(session, List.<Object[]>of(row)).replaceWith(headers);
    }

    /**
     * Runs {@code work} in the caller's transaction with every outbox row it publishes on {@code session} kept back,
     * then writes them in publishing order, {@value #ROWS_PER_INSERT} rows an insert. Nothing is written when the work
     * fails (the caller's transaction rolls back anyway).
     */
    public <T> Uni<T> batched(Mutiny.Session session, Supplier<Uni<T>> work) {
        if (pending.containsKey(session)) {
            return work.get();
        }
        return Uni.createFrom().deferred(() -> {
                    pending.put(session, new ArrayList<>());
                    return work.get();
                })
                .call(() -> flush(session, pending.get(session)))
                .eventually(() -> pending.remove(session));
    }

    private Uni<Void> flush(Mutiny.Session session, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int end = Math.min(rows.size(), ROWS_PER_INSERT);
        return insert(session, rows.subList(0, end)).chain(() -> flush(session, rows.subList(end, rows.size())));
    }

    private static Uni<Integer> insert(Mutiny.Session session, List<Object[]> rows) {
        StringBuilder sql = new StringBuilder(INSERT);
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "\n" : ",\n").append(VALUES.replace("#", Integer.toString(i)));
        }
        var query = session.createNativeQuery(sql.toString());
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            for (int c = 0; c < COLUMNS.length; c++) {
                query.setParameter(COLUMNS[c] + i, row[c]);
            }
        }
        return query.executeUpdate();
    }

    /**
     * Adds the current trace context ({@code traceparent}, {@code tracestate}) when tracing is on: the relay turns every
     * entry of the headers column into a Kafka record header, and the consumer's Kafka instrumentation continues the
     * trace from it. Nothing is added while tracing is off (no current span).
     */
    static Map<String, String> withTraceContext(Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), all, (carrier, key, value) -> carrier.put(key, value));
        return all;
    }

    private Instant now() {
        return clock.instant();
    }
}
