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
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
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
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tracking service under load (see bench/tracking/README.md): the real Kafka, PostgreSQL, Debezium relay and
 * Keycloak of libs/devstack and the tracking service alone as its packaged jar. Raw Kafka on the same broker first;
 * then usage events produced at full speed to {@code cs.ingest.tracking.v1} while the service runs (end to end: first
 * append to the moment the rollup table holds them all); then, per workload, the service paused, the events produced
 * with nothing consuming (the producer's own rate), the service resumed and the backlog drained (drain rate: resume
 * to the moment the rollups hold them all); CPU seconds of the service's process and of
 * PostgreSQL's processes per 100,000 events ({@code /proc/<pid>/stat}); the service's RSS sampled all along; then
 * paced events each opening a new customer day: event append -> its {@code tracking.day.rolled-up} append, both
 * broker LogAppendTime. Fails when the rollups do not hold exactly the events produced.
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
    private final int repeatUsers = Integer.getInteger("bench.repeat-users", 3);
    private final int repeatFeatures = Integer.getInteger("bench.repeat-features", 2);
    private final List<String> workloads = List.of(System.getProperty("bench.workloads", "spread,repeat").split(","));
    private final int rate = Integer.getInteger("bench.rate", 10);
    private final int pacedSeconds = Integer.getInteger("bench.paced-seconds", 20);
    private final int rawRecords = Integer.getInteger("bench.raw-records", 200_000);
    private final long run = System.currentTimeMillis();
    private final AtomicLong sequence = new AtomicLong();

    private DevStack stack;
    private String bootstrap;
    private Path jar;
    private Path log;
    private volatile ServiceProcess service;
    private final AtomicLong maxRssKb = new AtomicLong();
    private long postmaster;

    /** How the events of a phase spread over users and features (customer = i % customers). */
    private record Shape(String name, int users, int features) {
    }

    /** One phase's figures. */
    private record Phase(String name, Shape shape, long events, long rolledUp, long measured,
                         double producedPerSecond, double seconds, double serviceCpu, double postgresCpu, String load,
                         String threads) {

        String line() {
            return String.format("%s, workload %s (%d users x %d features a customer): %d produced at %.0f/s, %d of "
                            + "them committed to rollups in %.1f s = %.0f events/s | CPU per 100k events: service %.1f s, "
                            + "PostgreSQL %.1f s (service threads: %s) | load %s", name, shape.name(), shape.users(),
                    shape.features(), events, producedPerSecond, measured, seconds, measured / seconds,
                    serviceCpu * 100_000 / measured, postgresCpu * 100_000 / measured, threads, load);
        }
    }

    @Test
    void usageEventsPerSecondToCommittedRollupAndLatencyToTheRollupEvent() throws Exception {
        stack = SharedDevStack.get();
        bootstrap = stack.kafkaBootstrapServers();
        BenchKafka.logAppendTime(bootstrap, List.of(INGEST, EVENTS, SCRATCH));
        Path home = Path.of(System.getProperty("cs.home", ".."));
        jar = Path.of(System.getProperty("bench.jar",
                home.resolve("services/tracking/target/quarkus-app/quarkus-run.jar").toString()));
        log = home.resolve("e2e/target/logs/tracking-bench.log");
        Files.createDirectories(log.getParent());
        service = start(Ports.free());
        Thread rss = new Thread(this::sampleRss, "bench-rss");
        rss.setDaemon(true);
        rss.start();
        try {
            List<String> customers = customers();
            postmaster = postmaster();
            long initial = rolledUp(customers);
            double[] raw = rawKafka();
            System.out.printf("BENCH tracking: raw kafka %d records of ~%d B: produce %.0f records/s, consume %.0f records/s%n",
                    rawRecords, event("bench-0", 0, 0, new Shape("spread", users, features), Instant.now()).length(),
                    raw[0], raw[1]);
            long idleRss = service.rssKb();
            List<Phase> phases = new ArrayList<>();
            phases.add(endToEnd(customers, shape(workloads.get(0))));
            System.out.println("BENCH tracking: " + phases.get(phases.size() - 1).line());
            for (String workload : workloads) {
                phases.add(drain(customers, shape(workload)));
                System.out.println("BENCH tracking: " + phases.get(phases.size() - 1).line());
            }
            double[] paced = paced(customers);
            long expected = phases.stream().mapToLong(Phase::events).sum() + (long) rate * pacedSeconds;
            long total = awaitRolledUp(customers, initial + expected, Duration.ofSeconds(60)) - initial;
            System.out.printf("BENCH tracking: raw kafka produce %.0f/s consume %.0f/s%n", raw[0], raw[1]);
            phases.forEach(phase -> System.out.println("BENCH tracking: " + phase.line()));
            System.out.printf(("BENCH tracking: paced %d/s for %d s, event -> tracking.day.rolled-up p50 %.0f ms p99 "
                            + "%.0f ms max %.0f ms (%d of %d) | RSS idle %d MiB, max %d MiB | rollups hold %d of %d "
                            + "events | load %s%n"),
                    rate, pacedSeconds, paced[0], paced[1], paced[2], (long) paced[3], rate * pacedSeconds,
                    idleRss / 1024, maxRssKb.get() / 1024, total, expected, BenchKafka.uptime());
            if (total != expected) {
                throw new AssertionError("the rollups hold " + total + " events, " + expected + " were produced");
            }
        } finally {
            ServiceProcess last = service;
            service = null;
            if (last != null) {
                last.close();
            }
        }
    }

    private Shape shape(String workload) {
        return switch (workload.trim()) {
            case "spread" -> new Shape("spread", users, features);
            case "repeat" -> new Shape("repeat", repeatUsers, repeatFeatures);
            default -> throw new IllegalArgumentException("bench.workloads: spread or repeat, not " + workload);
        };
    }

    private ServiceProcess start(int port) {
        return ServiceProcess.start("tracking", jar, port, stack.quarkusConfig("tracking"), log);
    }

    private void sampleRss() {
        while (true) {
            ServiceProcess current = service;
            if (current != null) {
                maxRssKb.accumulateAndGet(current.rssKb(), Math::max);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
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

    /**
     * The i-th event of a phase: customer {@code i % customers}; then, per customer, its users in turn and, once
     * they are all through, the next feature ("spread" with 20 users x 10 features: 200 distinct user x feature a
     * customer, 20,000 rollup rows a day; "repeat": 3 x 2, the same few rows over and over); every 50th a login.
     */
    private String event(String customer, long n, int i, Shape shape, Instant at) {
        int j = i / customersCount;
        return "{\"eventId\":\"b-" + run + "-" + n + "\",\"customerExternalId\":\"" + customer + "\",\"userId\":\"user-"
                + (j % shape.users()) + "\",\"event\":\"" + (i % 50 == 0 ? "login"
                : "feature-" + (j / shape.users()) % shape.features()) + "\",\"occurredAt\":\"" + at + "\"}";
    }

    /** The bench's own producer: acks=all and idempotent as a product's would be, large lz4 batches. */
    private KafkaProducer<String, String> fastProducer() {
        Properties props = new Properties();
        props.putAll(io.csplatform.devstack.KafkaAccess.platformClient());
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, "67108864");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /**
     * Produces {@code events} usage events at full speed, CloudEvents headers built from shared byte arrays (only the
     * id is new per record); answers records/s and records the first append (broker LogAppendTime).
     */
    private double produce(List<String> customers, Shape shape, Instant at, AtomicLong firstAppend) {
        byte[] spec = bytes(EventHeaders.SPEC_VERSION);
        byte[] source = bytes("/bench");
        byte[] type = bytes(TRACKING_EVENT.name());
        byte[] schema = bytes(TRACKING_EVENT.dataschema());
        byte[] time = bytes(at.toString());
        byte[] tenant = bytes(TENANT);
        byte[] depth = bytes("0");
        byte[][] subjects = customers.stream().map(TrackingBenchmark::bytes).toArray(byte[][]::new);
        AtomicLong failed = new AtomicLong();
        Callback callback = (metadata, e) -> {
            if (metadata != null) {
                firstAppend.accumulateAndGet(metadata.timestamp(), Math::min);
            } else {
                failed.incrementAndGet();
            }
        };
        long t0 = System.nanoTime();
        try (KafkaProducer<String, String> producer = fastProducer()) {
            for (int i = 0; i < events; i++) {
                long n = sequence.getAndIncrement();
                int c = i % customers.size();
                byte[] id = bytes(new UUID(run, n).toString());
                Header[] headers = {new RecordHeader("ce_specversion", spec), new RecordHeader("ce_id", id),
                        new RecordHeader("ce_source", source), new RecordHeader("ce_type", type),
                        new RecordHeader("ce_dataschema", schema), new RecordHeader("ce_subject", subjects[c]),
                        new RecordHeader("ce_time", time), new RecordHeader("ce_tenantid", tenant),
                        new RecordHeader("ce_correlationid", id), new RecordHeader("ce_depth", depth)};
                String customer = customers.get(c);
                producer.send(new ProducerRecord<>(INGEST, null, customer, event(customer, n, i, shape, at),
                        new RecordHeaders(headers)), callback);
            }
            producer.flush();
        }
        if (failed.get() > 0) {
            throw new AssertionError(failed.get() + " usage events could not be produced");
        }
        return events / ((System.nanoTime() - t0) / 1e9);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** Produced while the service runs: first append -> all in committed rollups. */
    private Phase endToEnd(List<String> customers, Shape shape) throws Exception {
        long before = rolledUp(customers);
        AtomicLong firstAppend = new AtomicLong(Long.MAX_VALUE);
        long pid = service.pid();
        double[] cpu0 = {cpuSeconds(pid), postgresCpuSeconds()};
        Map<String, Double> threads0 = threadCpu(pid);
        double produced = produce(customers, shape, Instant.now().minusSeconds(60), firstAppend);
        long total = awaitRolledUp(customers, before + events, Duration.ofMinutes(15)) - before;
        long done = System.currentTimeMillis();
        double serviceCpu = cpuSeconds(pid) - cpu0[0];
        double postgresCpu = postgresCpuSeconds() - cpu0[1];
        double seconds = (done - firstAppend.get()) / 1000.0;
        return new Phase("end to end (produced while the service ingests, first append -> all in committed rollups)",
                shape, events, total, total, produced, seconds, serviceCpu, postgresCpu, BenchKafka.uptime(),
                topThreads(threads0, threadCpu(pid)));
    }

    /**
     * The service paused (SIGSTOP: its JVM stays warm, its consumers keep their partitions as long as the pause is
     * shorter than the session timeout of 45 s), the events produced with nothing consuming, the service resumed
     * (SIGCONT): events/s from the resume to the moment the rollups hold them all, and the CPU meanwhile.
     */
    private Phase drain(List<String> customers, Shape shape) throws Exception {
        long pid = service.pid();
        long before = rolledUp(customers);
        signal("STOP", pid);
        double produced;
        try {
            produced = produce(customers, shape, Instant.now().minusSeconds(120), new AtomicLong(Long.MAX_VALUE));
        } finally {
            signal("CONT", pid);
        }
        long resumed = System.currentTimeMillis();
        double[] cpu0 = {cpuSeconds(pid), postgresCpuSeconds()};
        Map<String, Double> threads0 = threadCpu(pid);
        long total = awaitRolledUp(customers, before + events, Duration.ofMinutes(15)) - before;
        long done = System.currentTimeMillis();
        double serviceCpu = cpuSeconds(pid) - cpu0[0];
        double postgresCpu = postgresCpuSeconds() - cpu0[1];
        String threads = topThreads(threads0, threadCpu(pid));
        double seconds = (done - resumed) / 1000.0;
        return new Phase("drain (produced with the service paused, then resumed: resume -> all in committed rollups)",
                shape, events, total, total, produced, seconds, serviceCpu, postgresCpu, BenchKafka.uptime(), threads);
    }

    private static void signal(String signal, long pid) throws Exception {
        int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " answered " + exit);
        }
    }

    /** utime + stime of a process (and, with {@code children}, of its reaped children), in seconds (USER_HZ 100). */
    private static double cpuSeconds(long pid, boolean children) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (children) {
                ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return ticks / 100.0;
        } catch (Exception e) {
            return 0;
        }
    }

    /** CPU seconds of a process's threads, summed by name without digits (GC Thread#, C2 CompilerThre, ...). */
    private static Map<String, Double> threadCpu(long pid) {
        Map<String, Double> byName = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).trim().replaceAll("\\d+", "");
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    byName.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0, Double::sum);
                } catch (Exception e) {
                    // thread gone
                }
            });
        } catch (Exception e) {
            // process gone
        }
        return byName;
    }

    private static String topThreads(Map<String, Double> before, Map<String, Double> after) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0)))
                .filter(e -> e.getValue() >= 0.05)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                .map(e -> String.format("%s %.1f s", e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static double cpuSeconds(long pid) {
        return cpuSeconds(pid, false);
    }

    /** PostgreSQL's CPU: the postmaster with its reaped backends, plus the live ones. */
    private double postgresCpuSeconds() {
        return cpuSeconds(postmaster, true) + ProcessHandle.of(postmaster).stream().flatMap(ProcessHandle::children)
                .mapToDouble(child -> cpuSeconds(child.pid())).sum();
    }

    private long postmaster() throws Exception {
        try (Connection c = connection(); var s = c.createStatement();
             ResultSet rows = s.executeQuery("select pg_backend_pid()")) {
            rows.next();
            return ProcessHandle.of(rows.getLong(1)).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(0L);
        }
    }

    private long awaitRolledUp(List<String> customers, long expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long total;
        while ((total = rolledUp(customers)) < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return total;
    }

    /** Paced events, each on a customer day of its own: event append -> first rollup event of that day. */
    private double[] paced(List<String> customers) throws Exception {
        ZoneId zone = ZoneId.of("America/Sao_Paulo");
        Map<String, Long> sent = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        Map<String, String> uuidOf = uuids(customers);
        int count = rate * pacedSeconds;
        Shape shape = new Shape("paced", users, features);
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
                producer.send(BenchKafka.record(INGEST, customer, event(customer, sequence.getAndIncrement(), i, shape, at),
                        headers), (metadata, e) -> {
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
            var json = BenchKafka.json(r.value());
            String key = json.path("customerId").asText() + "|" + json.path("day").asText();
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

    /** Raw Kafka as in the first run (the {@link BenchKafka} producer: linger 5 ms, no compression), for comparison. */
    private double[] rawKafka() throws Exception {
        String value = event("bench-0", 0, 0, new Shape("spread", users, features), Instant.now());
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
