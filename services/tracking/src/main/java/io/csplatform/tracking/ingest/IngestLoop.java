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
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * The consumers of {@code cs.ingest.tracking.v1} (group {@code tracking-ingest}, {@code tracking.ingest.consumers}
 * threads), pipelined: while a poll's transaction runs ({@link TrackingIngestConsumer#apply}), the next poll is fetched
 * and checked ({@link TrackingIngestConsumer#prepare}); its transaction starts once the previous one has committed and
 * that one's offsets are committed to Kafka (the offsets of a poll are committed only after its database commit, in
 * poll order). At most two polls of {@code max.poll.records} are held per consumer, so memory stays bounded whatever
 * the backlog. A poll that keeps failing (the database) is retried 5 times, 1 s apart, then parked whole on the DLQ
 * with the reason. When partitions are taken away, the poll in flight is finished and committed first; when they are
 * lost (session timeout), it is finished and not committed: its records come again and are duplicates.
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
    private final TrackingConfig.Ingest config;
    private final List<KafkaConsumer<String, String>> clients = new ArrayList<>();
    private volatile boolean running = true;

    public IngestLoop(TrackingIngestConsumer consumer, DeadLetters deadLetters,
                      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
                      TrackingConfig config) {
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.bootstrap = bootstrap;
        this.config = config.ingest();
    }

    void onStart(@Observes StartupEvent start) {
        for (int i = 0; i < config.consumers(); i++) {
            KafkaConsumer<String, String> client = new KafkaConsumer<>(properties(i), new StringDeserializer(),
                    new StringDeserializer());
            clients.add(client);
            Thread thread = new Thread(() -> new Pipeline(client).run(), "tracking-ingest-" + i);
            thread.setDaemon(true);
            thread.start();
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        running = false;
        clients.forEach(KafkaConsumer::wakeup);
    }

    /** A poll whose transaction runs: its prepared records, its offsets and the transaction's completion. */
    private record InFlight(TrackingIngestConsumer.Prepared prepared, ConsumerRecords<String, String> records,
                            Map<TopicPartition, OffsetAndMetadata> offsets, CompletableFuture<Void> done) {
    }

    /** One consumer's loop: poll, check, wait for the previous transaction and commit its offsets, start this one. */
    private final class Pipeline implements ConsumerRebalanceListener {

        private final KafkaConsumer<String, String> client;
        private InFlight inFlight;

        Pipeline(KafkaConsumer<String, String> client) {
            this.client = client;
        }

        void run() {
            try (client) {
                client.subscribe(Pattern.compile(Topic.INGEST_TRACKING.tenantPattern()), this);
                while (running) {
                    ConsumerRecords<String, String> records = client.poll(inFlight == null ? Duration.ofMillis(500)
                            : Duration.ofMillis(5));
                    TrackingIngestConsumer.Prepared prepared = records.isEmpty() ? null : consumer.prepare(records);
                    if (inFlight != null) {
                        finish();
                    }
                    if (prepared != null) {
                        inFlight = new InFlight(prepared, records, offsets(records),
                                consumer.apply(prepared).subscribeAsCompletionStage());
                    }
                }
                if (inFlight != null) {
                    finish();
                }
            } catch (WakeupException e) {
                // shutting down: a poll in flight is not committed, its records come again (duplicates are ignored)
            } catch (RuntimeException e) {
                LOG.error("tracking ingest consumer stopped", e);
            }
        }

        /** Waits for the poll in flight (retried, then parked, when it failed) and commits its offsets. */
        private void finish() {
            InFlight current = inFlight;
            inFlight = null;
            try {
                current.done().join();
            } catch (RuntimeException first) {
                retry(current, first);
            }
            try {
                client.commitSync(current.offsets());
            } catch (CommitFailedException | RebalanceInProgressException e) {
                LOG.warn("offsets of a poll of " + current.records().count() + " usage records not committed (the group "
                        + "moved on): its records come again and are duplicates", e);
            }
        }

        private void retry(InFlight failed, RuntimeException first) {
            RuntimeException failure = first;
            for (int attempt = 2; ; attempt++) {
                if (attempt > 6 || !running) {
                    LOG.error("parking a batch of " + failed.records().count() + " usage records after "
                            + (attempt - 1) + " attempts", failure);
                    List<Refused> all = new ArrayList<>();
                    for (ConsumerRecord<String, String> record : failed.records()) {
                        all.add(new Refused(record, "batch failed: " + failure.getMessage()));
                    }
                    deadLetters.park(all).await().atMost(Duration.ofMinutes(1));
                    return;
                }
                LOG.warn("a batch of usage records failed (attempt " + (attempt - 1) + "), retried in 1 s", failure);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new WakeupException();
                }
                try {
                    consumer.apply(failed.prepared()).await().atMost(Duration.ofMinutes(5));
                    return;
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (inFlight != null) {
                finish();
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            if (inFlight != null) {
                InFlight current = inFlight;
                inFlight = null;
                try {
                    current.done().join();
                } catch (RuntimeException e) {
                    LOG.warn("a poll in flight failed while its partitions were lost: its records come again", e);
                }
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            // nothing to do: positions come from the group's committed offsets
        }

        private static Map<TopicPartition, OffsetAndMetadata> offsets(ConsumerRecords<String, String> records) {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            for (TopicPartition partition : records.partitions()) {
                List<ConsumerRecord<String, String>> of = records.records(partition);
                offsets.put(partition, new OffsetAndMetadata(of.get(of.size() - 1).offset() + 1));
            }
            return offsets;
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
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(config.maxPollRecords()));
        props.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "65536");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(config.fetchMaxBytes()));
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(config.fetchMaxBytes()));
        return props;
    }
}
