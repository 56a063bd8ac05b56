package io.csplatform.runtime.facts;

import io.csplatform.events.IncomingMessage;
import io.csplatform.runtime.evaluation.TriggerEvent;
import io.csplatform.runtime.execution.DomainEventsConsumer;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Rebuilds one tenant's facts projection from the domain topics: drops the tenant's facts, then reads every topic
 * from the beginning up to its current end and applies the tenant's events through the same mappers as the live
 * consumer (each event once, by {@code ce_id}). The live consumer keeps running: what it applies meanwhile is
 * ordered by version like everything else, so the result equals the live projection. Evaluations made during a
 * rebuild may see incomplete facts: run it in a quiet moment. Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class FactsRebuild {

    private static final Logger LOG = Logger.getLogger(FactsRebuild.class);
    public static final List<String> TOPICS = List.of("cs.customers.events.v1", "cs.contracts.events.v1",
            "cs.finance.events.v1", "cs.journeys.events.v1", "cs.tickets.events.v1", "cs.surveys.events.v1",
            "cs.tracking.events.v1", "cs.healthscore.events.v1");

    /** What a rebuild did. */
    public record Report(String tenantId, long recordsRead, long eventsApplied, long durationMillis) {
    }

    private final Mutiny.SessionFactory sessions;
    private final FactsProjection projection;
    private final String bootstrapServers;

    public FactsRebuild(Mutiny.SessionFactory sessions, FactsProjection projection,
                        @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.sessions = sessions;
        this.projection = projection;
        this.bootstrapServers = bootstrapServers;
    }

    public Report rebuild(String tenant) throws Throwable {
        long started = System.nanoTime();
        VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(session -> session
                .createNativeQuery("delete from fact where tenant_id = :tenant").setParameter("tenant", tenant)
                .executeUpdate()
                .chain(() -> session.createNativeQuery("delete from fact_series where tenant_id = :tenant")
                        .setParameter("tenant", tenant).executeUpdate())));
        long read = 0;
        long applied = 0;
        Set<String> seen = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                var infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                List<TriggerEvent> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    read++;
                    TriggerEvent event = tenantEvent(record, tenant, seen);
                    if (event != null) {
                        batch.add(event);
                    }
                }
                applied += batch.size();
                if (!batch.isEmpty()) {
                    VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(session -> apply(session, tenant, batch)));
                }
            }
        }
        Report report = new Report(tenant, read, applied, (System.nanoTime() - started) / 1_000_000);
        LOG.infof("facts of tenant %s rebuilt: %d records read, %d events applied in %d ms", tenant, read, applied,
                report.durationMillis());
        return report;
    }

    private Uni<Void> apply(Mutiny.Session session, String tenant, List<TriggerEvent> batch) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (TriggerEvent event : batch) {
            chain = chain.chain(() -> projection.apply(session, tenant, event));
        }
        return chain;
    }

    private static TriggerEvent tenantEvent(ConsumerRecord<String, String> record, String tenant, Set<String> seen) {
        try {
            IncomingMessage message = IncomingMessage.from(record);
            if (!tenant.equals(message.headers().tenantId()) || !seen.add(String.valueOf(message.headers().id()))) {
                return null;
            }
            return DomainEventsConsumer.event(message);
        } catch (RuntimeException e) {
            return null; // what the live consumer parks on the DLQ is skipped here too
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
