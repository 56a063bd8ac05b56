package io.csplatform.tracking.ingest;

import io.csplatform.events.KafkaClientSecurity;
import io.csplatform.events.Topic;
import io.csplatform.tracking.TrackingConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import java.util.regex.Pattern;
import io.csplatform.tracking.ingest.DeadLetters.Refused;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The consumers of {@code cs.ingest.tracking.v1} (group {@code tracking-ingest}, {@code tracking.ingest.consumers}
 * threads): poll up to {@code max.poll.records}, apply the poll with {@link TrackingIngestConsumer}, then commit its
 * offsets; nothing is fetched while a poll is applied, so memory stays bounded whatever the backlog (the connector's
 * batch mode queues whole polls). A poll that keeps failing (the database) is retried 5 times, 1 s apart, then parked
 * whole on the DLQ with the reason.
 */
@ApplicationScoped
public class IngestLoop {

    private static final Logger LOG = Logger.getLogger(IngestLoop.class);
    /** One tenant's copy of the topic (the consumers subscribe to every tenant's, by pattern). */
    static String topic(String tenant) {
        return Topic.INGEST_TRACKING.forTenant(tenant);
    }

    private final TrackingIngestConsumer consumer;
    private final DeadLetters deadLetters;
    private final String bootstrap;
    private final int consumers;
    private final int maxPollRecords;
    private final List<KafkaConsumer<String, String>> clients = new ArrayList<>();
    private volatile boolean running = true;

    public IngestLoop(TrackingIngestConsumer consumer, DeadLetters deadLetters,
                      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
                      TrackingConfig config) {
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.bootstrap = bootstrap;
        this.consumers = config.ingest().consumers();
        this.maxPollRecords = config.ingest().maxPollRecords();
    }

    void onStart(@Observes StartupEvent start) {
        for (int i = 0; i < consumers; i++) {
            KafkaConsumer<String, String> client = new KafkaConsumer<>(properties(i), new StringDeserializer(),
                    new StringDeserializer());
            clients.add(client);
            Thread thread = new Thread(() -> run(client), "tracking-ingest-" + i);
            thread.setDaemon(true);
            thread.start();
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        running = false;
        clients.forEach(KafkaConsumer::wakeup);
    }

    private void run(KafkaConsumer<String, String> client) {
        try (client) {
            client.subscribe(Pattern.compile(Topic.INGEST_TRACKING.tenantPattern()));
            while (running) {
                ConsumerRecords<String, String> records = client.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    apply(records);
                    client.commitSync();
                }
            }
        } catch (WakeupException e) {
            // shutting down
        } catch (RuntimeException e) {
            LOG.error("tracking ingest consumer stopped", e);
        }
    }

    private void apply(ConsumerRecords<String, String> records) {
        for (int attempt = 1; ; attempt++) {
            try {
                consumer.consume(records).await().atMost(Duration.ofMinutes(5));
                return;
            } catch (RuntimeException e) {
                if (attempt > 5 || !running) {
                    LOG.error("parking a batch of " + records.count() + " usage records after " + attempt + " attempts", e);
                    List<Refused> all = new ArrayList<>();
                    for (ConsumerRecord<String, String> record : records) {
                        all.add(new Refused(record, "batch failed: " + e.getMessage()));
                    }
                    deadLetters.park(all).await().atMost(Duration.ofMinutes(1));
                    return;
                }
                LOG.warn("a batch of usage records failed (attempt " + attempt + "), retried in 1 s", e);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new WakeupException();
                }
            }
        }
    }

    private Properties properties(int index) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        KafkaClientSecurity.copy(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class), props);
        // a new tenant's topic is subscribed within seconds
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "5000");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "tracking-ingest");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "tracking-ingest-" + index);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(maxPollRecords));
        props.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "65536");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, "4194304");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "1048576");
        return props;
    }
}
