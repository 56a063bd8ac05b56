package io.csplatform.e2e;

import io.csplatform.devstack.DevStack;
import io.csplatform.devstack.Ports;
import io.csplatform.devstack.ServiceProcess;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.MessageType;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.CustomerCreated;
import io.csplatform.testing.BenchKafka;
import io.csplatform.testing.SharedDevStack;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;

/**
 * The tracking service under load (see bench/tracking/README.md): the real Kafka, PostgreSQL, Debezium relay and
 * Keycloak of libs/devstack and the tracking service alone as its packaged jar. Raw Kafka on the same broker first,
 * then usage events produced at full speed to {@code cs.ingest.tracking.v1} until every one is in a committed rollup
 * (events/s from the first append to the moment the rollup table holds them all), the service's RSS (VmRSS of its
 * process) sampled meanwhile, then paced events each opening a new customer day: event append -> its
 * {@code tracking.day.rolled-up} append, both broker LogAppendTime.
 * Run by hand: {@code ./mvnw -B -ntp -o -pl e2e verify -Dit.test=TrackingBenchmark -Dfailsafe.failIfNoSpecifiedTests=false}.
 */
class TrackingBenchmark {

    private static final String TENANT = "acme";
    private static final String INGEST = Topic.INGEST_TRACKING.forTenant("acme");
    private static final String EVENTS = Topic.TRACKING_EVENTS.name();
    private static final String SCRATCH = "bench.tracking.scratch.v1";
    private static final MessageType<Object> TRACKING_EVENT = new MessageType<>("tracking.event", Object.class,
            MessageType.Kind.EVENT);

    private final int events = Integer.getInteger("bench.events", 500_000);
    private final int customersCount = Integer.getInteger("bench.customers", 100);
    private final int users = Integer.getInteger("bench.users", 20);
    private final int features = Integer.getInteger("bench.features", 10);
    private final int rate = Integer.getInteger("bench.rate", 10);
    private final int pacedSeconds = Integer.getInteger("bench.paced-seconds", 20);
    private final int rawRecords = Integer.getInteger("bench.raw-records", 200_000);

    private DevStack stack;
    private String bootstrap;
    private ServiceProcess service;
    private final AtomicLong maxRssKb = new AtomicLong();

    @Test
    void usageEventsPerSecondToCommittedRollupAndLatencyToTheRollupEvent() throws Exception {
        stack = SharedDevStack.get();
        bootstrap = stack.kafkaBootstrapServers();
        BenchKafka.logAppendTime(bootstrap, List.of(INGEST, EVENTS, SCRATCH));
        Path home = Path.of(System.getProperty("cs.home", ".."));
        Path jar = home.resolve("services/tracking/target/quarkus-app/quarkus-run.jar");
        Path log = home.resolve("e2e/target/logs/tracking-bench.log");
        Files.createDirectories(log.getParent());
        service = ServiceProcess.start("tracking", jar, Ports.free(), stack.quarkusConfig("tracking"), log);
        try {
            List<String> customers = customers();
            double[] raw = rawKafka();
            System.out.printf("BENCH tracking: raw kafka %d records of ~%d B: produce %.0f records/s, consume %.0f records/s%n",
                    rawRecords, sample(0, 0, Instant.now()).length(), raw[0], raw[1]);
            long idleRss = service.rssKb();
            double[] full = fullSpeed(customers);
            double[] paced = paced(customers);
            System.out.printf(("BENCH tracking: raw kafka produce %.0f/s consume %.0f/s | %d events at full speed: "
                            + "%.0f events/s to committed rollup (produced at %.0f/s) | paced %d/s for %d s, event -> "
                            + "tracking.day.rolled-up p50 %.0f ms p99 %.0f ms max %.0f ms (%d of %d) | RSS idle %d MiB, "
                            + "max %d MiB | load %s%n"),
                    raw[0], raw[1], events, full[0], full[1], rate, pacedSeconds, paced[0], paced[1], paced[2],
                    (long) paced[3], rate * pacedSeconds, idleRss / 1024, maxRssKb.get() / 1024, BenchKafka.uptime());
        } finally {
            service.close();
        }
    }

    /** Announces the customers as the customers service would and waits until the tracking service knows them. */
    private List<String> customers() throws Exception {
        List<String> externalIds = new ArrayList<>();
        try (KafkaProducer<String, String> producer = BenchKafka.producer(bootstrap)) {
            for (int i = 0; i < customersCount; i++) {
                UUID id = UUID.randomUUID();
                String externalId = "bench-" + id;
                var headers = EventHeaders.origin("/services/customers", CustomerMessages.CUSTOMER_CREATED, TENANT, id,
                        Instant.now());
                producer.send(BenchKafka.record(Topic.CUSTOMERS_EVENTS.name(), Topic.key(TENANT, id),
                        EventJson.write(new CustomerCreated(id, "Bench " + i, externalId, "active", null)), headers.toMap()));
                externalIds.add(externalId);
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (count("select count(*) from customer_ref where tenant_id = 'acme' and external_id = any(?)", externalIds)
                < customersCount) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the tracking service did not learn the bench customers");
            }
            Thread.sleep(200);
        }
        return externalIds;
    }

    private String sample(int i, int customer, Instant at) {
        Map<String, Object> event = new HashMap<>();
        event.put("eventId", "b-" + i + "-" + UUID.randomUUID());
        event.put("customerExternalId", "bench-" + customer);
        event.put("userId", "user-" + (i % users));
        event.put("event", i % 50 == 0 ? "login" : "feature-" + (i % features));
        event.put("occurredAt", at.toString());
        return EventJson.write(event);
    }

    private String event(String customer, int i, Instant at) {
        return "{\"eventId\":\"b-" + UUID.randomUUID() + "\",\"customerExternalId\":\"" + customer + "\",\"userId\":\"user-"
                + (i % users) + "\",\"event\":\"" + (i % 50 == 0 ? "login" : "feature-" + (i % features))
                + "\",\"occurredAt\":\"" + at + "\"}";
    }

    /** events/s from the first append to the committed rollup holding all of them, and the producer's own rate. */
    private double[] fullSpeed(List<String> customers) throws Exception {
        Instant at = Instant.now().minusSeconds(60);
        long before = rolledUp(customers);
        AtomicLong firstAppend = new AtomicLong(Long.MAX_VALUE);
        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> producer = BenchKafka.producer(bootstrap)) {
            for (int i = 0; i < events; i++) {
                String customer = customers.get(i % customers.size());
                var headers = EventHeaders.origin("/bench", TRACKING_EVENT, TENANT, customer, at).toMap();
                producer.send(BenchKafka.record(INGEST, customer, event(customer, i, at), headers), (metadata, e) -> {
                    if (metadata != null) {
                        firstAppend.accumulateAndGet(metadata.timestamp(), Math::min);
                    }
                });
                if (i % 20_000 == 0) {
                    maxRssKb.accumulateAndGet(service.rssKb(), Math::max);
                }
            }
            producer.flush();
        }
        double produced = events / ((System.nanoTime() - t0) / 1e9);
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        long total;
        while ((total = rolledUp(customers) - before) < events && System.nanoTime() < deadline) {
            maxRssKb.accumulateAndGet(service.rssKb(), Math::max);
            Thread.sleep(100);
        }
        long done = System.currentTimeMillis();
        double seconds = (done - firstAppend.get()) / 1000.0;
        System.out.printf("BENCH tracking: full speed: %d produced at %.0f/s, %d in committed rollups after %.1f s = %.0f/s%n",
                events, produced, total, seconds, total / seconds);
        return new double[] {total / seconds, produced};
    }

    /** Paced events, each on a customer day of its own: event append -> first rollup event of that day. */
    private double[] paced(List<String> customers) throws Exception {
        ZoneId zone = ZoneId.of("America/Sao_Paulo");
        Map<String, Long> sent = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        Map<String, String> uuidOf = uuids(customers);
        int count = rate * pacedSeconds;
        try (KafkaConsumer<String, String> consumer = BenchKafka.consumer(bootstrap);
             KafkaProducer<String, String> producer = BenchKafka.producer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(EVENTS).stream()
                    .map(p -> new TopicPartition(EVENTS, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            long started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long due = started + (long) (i * 1e9 / rate);
                while (System.nanoTime() < due) {
                    drain(consumer, seen);
                }
                String customer = customers.get(i % customers.size());
                LocalDate day = LocalDate.now(zone).minusDays(1 + i / customers.size());
                Instant at = day.atTime(12, 0).atZone(zone).toInstant();
                String key = uuidOf.get(customer) + "|" + day;
                var headers = EventHeaders.origin("/bench", TRACKING_EVENT, TENANT, customer, at).toMap();
                producer.send(BenchKafka.record(INGEST, customer, event(customer, i, at), headers), (metadata, e) -> {
                    if (metadata != null) {
                        synchronized (sent) {
                            sent.put(key, metadata.timestamp());
                        }
                    }
                });
                producer.flush();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.size() < count && System.nanoTime() < deadline) {
                drain(consumer, seen);
            }
        }
        double[] latencies;
        synchronized (sent) {
            latencies = sent.entrySet().stream().filter(e -> seen.containsKey(e.getKey()))
                    .mapToDouble(e -> seen.get(e.getKey()) - e.getValue()).sorted().toArray();
        }
        return new double[] {BenchKafka.pct(latencies, 50), BenchKafka.pct(latencies, 99),
                latencies.length == 0 ? 0 : latencies[latencies.length - 1], latencies.length};
    }

    private static void drain(KafkaConsumer<String, String> consumer, Map<String, Long> seen) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(5))) {
            var json = io.restassured.path.json.JsonPath.from(r.value());
            String key = json.getString("customerId") + "|" + json.getString("day");
            seen.putIfAbsent(key, r.timestamp());
        }
    }

    private Map<String, String> uuids(List<String> externalIds) throws Exception {
        Map<String, String> map = new HashMap<>();
        try (Connection c = connection(); var s = c.prepareStatement(
                "select external_id, customer_id from customer_ref where tenant_id = 'acme' and external_id = any(?)")) {
            s.setArray(1, c.createArrayOf("text", externalIds.toArray()));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    map.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return map;
    }

    private long rolledUp(List<String> externalIds) throws Exception {
        return count("""
                select coalesce(sum(r.count), 0) from rollup_day r join customer_ref c
                  on c.tenant_id = r.tenant_id and c.customer_id = r.customer_id
                where r.tenant_id = 'acme' and c.external_id = any(?)""", externalIds);
    }

    private long count(String sql, List<String> externalIds) throws Exception {
        try (Connection c = connection(); var s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("text", externalIds.toArray()));
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Connection connection() throws Exception {
        return DriverManager.getConnection(stack.jdbcUrl("tracking"), stack.postgresUser(), stack.postgresPassword());
    }

    private double[] rawKafka() throws Exception {
        String value = sample(0, 0, Instant.now());
        var headers = EventHeaders.origin("/bench", TRACKING_EVENT, TENANT, "c", Instant.now()).toMap();
        long t = System.nanoTime();
        try (KafkaProducer<String, String> producer = BenchKafka.producer(bootstrap)) {
            for (int i = 0; i < rawRecords; i++) {
                producer.send(BenchKafka.record(SCRATCH, "bench-" + (i % 100), value, headers));
            }
            producer.flush();
        }
        double produce = rawRecords / ((System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        long read = 0;
        try (KafkaConsumer<String, String> consumer = BenchKafka.consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(SCRATCH).stream()
                    .map(p -> new TopicPartition(SCRATCH, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (read < rawRecords) {
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
        }
        return new double[] {produce, read / ((System.nanoTime() - t) / 1e9)};
    }
}
