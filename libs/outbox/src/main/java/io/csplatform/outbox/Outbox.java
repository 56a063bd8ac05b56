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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes events and commands by writing an outbox row in the caller's transaction; Debezium relays
 * the row to {@code cs.<aggregatetype>.v1}, keyed by {@code tenantId:customerId}, with the CloudEvents
 * attributes as headers, and the trace context ({@code traceparent}) when tracing is on. Nothing is sent to Kafka
 * from a request.
 */
@ApplicationScoped
public class Outbox {

    /*
     * The JSON is bound as text and cast server-side: bound directly to a jsonb parameter, the Vert.x client
     * would encode the Java String as a JSON string value, and the relay would publish a quoted document.
     */
    private static final String INSERT = """
            insert into outbox (id, aggregatetype, aggregateid, type, payload, headers)
            values (:id, :aggregatetype, :aggregateid, :type, cast(cast(:payload as text) as jsonb),
                    cast(cast(:headers as text) as jsonb))""";

    private final String source;
    private final Clock clock;

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
        return session.createNativeQuery(INSERT)
                .setParameter("id", headers.id())
                .setParameter("aggregatetype", topic.routingKey())
                .setParameter("aggregateid", Topic.key(headers.tenantId(), customerId))
                .setParameter("type", headers.type())
                .setParameter("payload", EventJson.write(payload))
                .setParameter("headers", EventJson.write(withTraceContext(headers.toMap())))
                .executeUpdate()
                .replaceWith(headers);
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
