package io.csplatform.runtime.bench;

import io.csplatform.events.ContractSchemas;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.MessageType;
import io.csplatform.events.MessageTypes;
import io.csplatform.runtime.matcher.PlaybookIndex;
import io.csplatform.runtime.support.RuntimeKit;
import io.csplatform.testing.BenchKafka;
import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.csplatform.testing.TestPlatform;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not part of the suite (the name does not end in Test): the playbook engine under load on the real stack
 * (Kafka, PostgreSQL, the Debezium relay). {@code bench.playbooks} active playbooks over {@code bench.tenants}
 * tenants, {@code bench.customers} customers seeded through {@code customer.created} events, then
 * (a) raw Kafka produce/consume of same-sized records, (b) a mixed event stream at full speed (sustained events/s),
 * (c) the same stream paced at {@code bench.rate} (default: half of (b)) with the latency from each event's append
 * to the append of the commands it caused (broker LogAppendTime on both topics). See bench/playbook-engine/README.md.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "runtime"))
class PlaybookEngineBenchmark {

    private static final String GROUP = "playbook-runtime";
    private static final String COMMANDS = "cs.actions.commands.v1";
    private static final String SCRATCH = "bench.scratch.v1";
    /** The event types of the stream, in the mix's proportions (weights below). */
    private static final String[] STREAM = {"contract.created", "contract.mrr.changed", "customer.tag.changed",
            "ticket.created", "journey.task.completed", "charge.upserted"};
    private static final int[] WEIGHTS = {15, 15, 20, 20, 15, 15};
    /** Playbooks go on these triggers: the stream's, plus two the stream never hits (as in a real tenant). */
    private static final String[] TRIGGERS = {"contract.created", "contract.mrr.changed", "customer.tag.changed",
            "ticket.created", "journey.task.completed", "charge.upserted", "contract.cancelled", "ticket.status.changed"};
    private static final String[] TAGS = {"vip", "lote-0", "lote-1", "lote-2", "lote-3", "lote-4"};

    private final int tenants = Integer.getInteger("bench.tenants", 10);
    private final int playbooks = Integer.getInteger("bench.playbooks", 1000);
    private final int customers = Integer.getInteger("bench.customers", 100_000);
    private final int events = Integer.getInteger("bench.events", 20_000);
    private final int pacedSeconds = Integer.getInteger("bench.paced-seconds", 60);
    private final int rawRecords = Integer.getInteger("bench.raw-records", 200_000);

    @Inject
    Pool pool;

    @Inject
    PlaybookIndex index;

    private String bootstrap;
    private final SplittableRandom random = new SplittableRandom(42);
    private List<List<UUID>> customersByTenant;

    @Test
    void engineUnderLoad() throws Exception {
        bootstrap = TestPlatform.stack().kafkaBootstrapServers();
        String params = "tenants=%d playbooks=%d customers=%d events=%d".formatted(tenants, playbooks, customers, events);
        System.out.println("BENCH playbook-engine: " + params);
        logAppendTime();

        long t = System.nanoTime();
        insertPlaybooks();
        index.invalidate();
        System.out.printf("BENCH playbook-engine: %d playbooks inserted in %.1f s%n", playbooks, secs(t));

        t = System.nanoTime();
        seedCustomers();
        double seedRate = customers / secs(t);
        System.out.printf("BENCH playbook-engine: %d customers seeded (customer.created consumed) in %.1f s (%.0f events/s)%n",
                customers, secs(t), seedRate);

        // (a) raw Kafka, same record size as the stream's
        List<Event> sample = stream(2000);
        int recordBytes = (int) sample.stream().mapToInt(e -> e.json.length() + e.headerBytes()).average().orElse(400);
        double[] raw = rawKafka(sample);
        System.out.printf("BENCH playbook-engine: raw kafka %d records of ~%d bytes: produce %.0f records/s, consume %.0f records/s%n",
                rawRecords, recordBytes, raw[0], raw[1]);

        try (CommandCollector commands = new CommandCollector()) {
            // warm-up: JIT and the index, not measured
            run("warm-up", stream(Math.min(1000, events / 5)), 0, commands);

            // (b) full speed
            Phase full = run("full", stream(events), 0, commands);
            // (c) paced
            double rate = Integer.getInteger("bench.rate", (int) Math.max(1, full.consumedRate / 2));
            Phase paced = run("paced", stream((int) Math.max(100, rate * pacedSeconds)), rate, commands);

            Map<Boolean, Long> fired = new HashMap<>();
            pool.query("select fired, count(*) from evaluation group by fired").execute().await().indefinitely()
                    .forEach(r -> fired.put(r.getBoolean(0), r.getLong(1)));
            String load = BenchKafka.uptime();
            System.out.printf(("BENCH playbook-engine: %s | raw kafka produce %.0f/s consume %.0f/s (%d B records) | "
                            + "full speed: %d events produced at %.0f/s, consumed at %.0f events/s sustained, "
                            + "%d commands (relay %.0f commands/s), event->command p50 %.0f ms p99 %.0f ms (saturated) | "
                            + "paced at %.0f events/s (%d events, reached %.0f/s): p50 %.1f ms p99 %.1f ms max %.1f ms over %d events with commands | "
                            + "evaluations fired %d / not fired %d | timestamps LogAppendTime | seed %.0f customers/s | load %s%n"),
                    params, raw[0], raw[1], recordBytes, full.events, full.producedRate, full.consumedRate, full.commands,
                    full.commandRate, full.p(50), full.p(99), rate, paced.events, paced.consumedRate, paced.p(50), paced.p(99),
                    paced.p(100), paced.latencies.length, fired.getOrDefault(true, 0L), fired.getOrDefault(false, 0L),
                    seedRate, load);
        }
    }

    // ---------------------------------------------------------------- setup

    /** Broker append time on every topic measured, so both ends of the latency come from the same clock. */
    private void logAppendTime() throws Exception {
        List<String> topics = new ArrayList<>(List.of(COMMANDS, SCRATCH, "cs.customers.events.v1"));
        for (String type : STREAM) {
            if (!topics.contains(RuntimeKit.topic(type))) {
                topics.add(RuntimeKit.topic(type));
            }
        }
        BenchKafka.logAppendTime(bootstrap, topics);
    }

    /**
     * Playbooks straight into the runtime's tables, ACTIVE, round-robin over tenants then triggers; one
     * journey.task.create each. Conditions: 60% status active/onboarding (90% of customers pass), 10% MRR >= 100 or
     * vip, 10% vip (a third pass), 10% churned (10% pass), 10% none.
     */
    private void insertPlaybooks() {
        List<Tuple> rows = new ArrayList<>();
        List<Tuple> versions = new ArrayList<>();
        for (int p = 0; p < playbooks; p++) {
            UUID id = UUID.randomUUID();
            String tenant = "tenant-" + (p % tenants);
            String trigger = TRIGGERS[(p / tenants) % TRIGGERS.length];
            Map<String, Object> triggerParams = switch (trigger) {
                case "customer.tag.changed" -> Map.of("tag", TAGS[p % TAGS.length]);
                case "contract.mrr.changed" -> Map.of("mode", p % 3 == 0 ? "UPSELL" : "ANY");
                case "charge.upserted" -> Map.of("change", "both");
                default -> Map.of();
            };
            Object conditions = switch (p % 10) {
                case 0, 1, 2, 3, 4, 5 -> Map.of("all", List.of(
                        Map.of("type", "customer.status", "params", Map.of("in", List.of("active", "onboarding"))),
                        Map.of("type", "customer.tags", "params", Map.of("hasNot", List.of("blocked")))));
                case 6 -> Map.of("any", List.of(
                        Map.of("type", "contract.mrr", "params", Map.of("mrr", Map.of("op", "gte", "value", 100))),
                        Map.of("type", "customer.tags", "params", Map.of("has", List.of("vip")))));
                case 7 -> Map.of("type", "customer.tags", "params", Map.of("has", List.of("vip")));
                case 8 -> Map.of("type", "customer.status", "params", Map.of("in", List.of("churned")));
                default -> null;
            };
            Map<String, Object> definition = new LinkedHashMap<>();
            definition.put("name", "bench " + p);
            definition.put("trigger", Map.of("type", trigger, "params", triggerParams));
            if (conditions != null) {
                definition.put("conditions", conditions);
            }
            definition.put("actions", List.of(Map.of("type", "journey.task.create",
                    "params", Map.of("title", "Bench task " + p, "dueInDays", 3))));
            rows.add(Tuple.of(id, tenant, "bench " + p, trigger));
            versions.add(Tuple.of(id, EventJson.write(definition)));
        }
        pool.preparedQuery("""
                insert into playbook (id, tenant_id, name, status, version, trigger_type, created_at, updated_at)
                values ($1, $2, $3, 'ACTIVE', 1, $4, now(), now())""").executeBatch(rows).await().indefinitely();
        pool.preparedQuery("insert into playbook_version (playbook_id, version, definition, created_at) values ($1, 1, $2, now())")
                .executeBatch(versions).await().indefinitely();
    }

    /** customer.created for every customer (80% active, 10% onboarding, 10% churned; a third vip), then waits for the group. */
    private void seedCustomers() throws Exception {
        customersByTenant = new ArrayList<>();
        for (int i = 0; i < tenants; i++) {
            customersByTenant.add(new ArrayList<>());
        }
        MessageType<?> type = eventType("customer.created");
        try (KafkaProducer<String, String> producer = BenchKafka.producer(bootstrap)) {
            for (int i = 0; i < customers; i++) {
                UUID id = UUID.randomUUID();
                int tenant = i % tenants;
                customersByTenant.get(tenant).add(id);
                List<String> tags = new ArrayList<>(List.of("lote-" + (i % 5)));
                if (i % 3 == 0) {
                    tags.add("vip");
                }
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("customerId", id);
                payload.put("name", "Cliente " + i);
                payload.put("status", i % 10 == 8 ? "onboarding" : i % 10 == 9 ? "churned" : "active");
                payload.put("tags", tags);
                payload.put("mainContact", Map.of("contactId", UUID.randomUUID(), "name", "Ana " + i,
                        "email", "ana-" + i + "@example.com"));
                String json = EventJson.write(payload);
                if (i == 0) {
                    assertThat(ContractSchemas.violations(type, json)).as(json).isEmpty();
                }
                EventHeaders headers = EventHeaders.origin("/services/customers", type, "tenant-" + tenant, id, Instant.now());
                producer.send(BenchKafka.record("cs.customers.events.v1", "tenant-" + tenant + ":" + id, json, headers.toMap()));
            }
            producer.flush();
        }
        awaitCaughtUp(List.of("cs.customers.events.v1"), Duration.ofMinutes(30));
    }

    // ---------------------------------------------------------------- (a) raw Kafka

    private double[] rawKafka(List<Event> sample) throws Exception {
        long t = System.nanoTime();
        try (KafkaProducer<String, String> producer = BenchKafka.producer(bootstrap)) {
            for (int i = 0; i < rawRecords; i++) {
                Event e = sample.get(i % sample.size());
                producer.send(BenchKafka.record(SCRATCH, e.key, e.json, e.headers));
            }
            producer.flush();
        }
        double produce = rawRecords / secs(t);
        t = System.nanoTime();
        long read = 0;
        try (KafkaConsumer<String, String> consumer = BenchKafka.consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(SCRATCH).stream()
                    .map(p -> new TopicPartition(SCRATCH, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (read < rawRecords) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    read += r.value().length() > 0 ? 1 : 0;
                }
            }
        }
        return new double[] {produce, read / secs(t)};
    }

    // ---------------------------------------------------------------- (b), (c) the engine

    /** Produces the events (as fast as possible when {@code rate} is 0), waits until the runtime applied all and the commands they caused arrived. */
    private Phase run(String name, List<Event> stream, double rate, CommandCollector commands) throws Exception {
        Map<String, Long> appended = new ConcurrentHashMap<>();
        long inboxBefore = inboxCount();
        Instant startedAt = Instant.now();
        AtomicReference<Exception> failed = new AtomicReference<>();
        long t0 = System.nanoTime();
        long produced;
        try (KafkaProducer<String, String> producer = BenchKafka.producer(bootstrap)) {
            for (int i = 0; i < stream.size(); i++) {
                if (rate > 0) {
                    long due = t0 + (long) (i * 1e9 / rate);
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                Event e = stream.get(i);
                producer.send(BenchKafka.record(e.topic, e.key, e.json, e.headers), (metadata, error) -> {
                    if (error != null) {
                        failed.set(error);
                    } else {
                        appended.put(e.id, metadata.timestamp());
                    }
                });
            }
            producer.flush();
            produced = System.nanoTime();
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        long applied;
        while ((applied = inboxCount() - inboxBefore) < stream.size()) {
            assertThat(System.nanoTime()).as("%s: only %d of %d events applied", name, applied, stream.size()).isLessThan(deadline);
            Thread.sleep(100);
        }
        long consumed = System.nanoTime();
        // every fired playbook wrote one command to the outbox; wait until the relay published them all
        long expected = pool.preparedQuery("select count(*) from execution where created_at >= $1")
                .execute(Tuple.of(startedAt.atOffset(java.time.ZoneOffset.UTC))).await().indefinitely().iterator().next().getLong(0);
        long commandsDeadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (commands.countFor(appended.keySet()) < expected && System.nanoTime() < commandsDeadline) {
            Thread.sleep(200);
        }
        Phase phase = new Phase(stream.size(), stream.size() / ((produced - t0) / 1e9), stream.size() / ((consumed - t0) / 1e9));
        List<Double> latencies = new ArrayList<>();
        long firstAppend = Long.MAX_VALUE;
        long lastCommand = 0;
        long count = 0;
        for (Map.Entry<String, Long> e : appended.entrySet()) {
            firstAppend = Math.min(firstAppend, e.getValue());
            long[] caused = commands.byCause.get(e.getKey());
            if (caused != null) {
                latencies.add((double) (caused[0] - e.getValue()));
                lastCommand = Math.max(lastCommand, caused[0]);
                count += caused[1];
            }
        }
        phase.commands = count;
        phase.commandRate = count / Math.max(0.001, (lastCommand - firstAppend) / 1000.0);
        phase.latencies = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        // per hop: event append -> execution row (runtime consumer, facts, evaluation; the row's created_at is the
        // engine's clock before commit) and execution row -> command append (commit, WAL, Debezium relay, Kafka)
        Map<String, Long> executed = new HashMap<>();
        pool.preparedQuery("select trigger_event_id::text, min(created_at) from execution where created_at >= $1 group by 1")
                .execute(Tuple.of(startedAt.atOffset(java.time.ZoneOffset.UTC))).await().indefinitely()
                .forEach(r -> executed.put(r.getString(0), r.getOffsetDateTime(1).toInstant().toEpochMilli()));
        List<Double> engine = new ArrayList<>();
        List<Double> relay = new ArrayList<>();
        for (Map.Entry<String, Long> e : appended.entrySet()) {
            Long at = executed.get(e.getKey());
            long[] caused = commands.byCause.get(e.getKey());
            if (at != null && caused != null) {
                engine.add((double) (at - e.getValue()));
                relay.add((double) (caused[0] - at));
            }
        }
        double[] engineHop = engine.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] relayHop = relay.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (engineHop.length > 0) {
            System.out.printf("BENCH playbook-engine: %s hops: event append -> execution row p50 %.1f ms p99 %.1f ms; "
                            + "execution row -> command append p50 %.1f ms p99 %.1f ms%n", name,
                    BenchKafka.pct(engineHop, 50), BenchKafka.pct(engineHop, 99), BenchKafka.pct(relayHop, 50), BenchKafka.pct(relayHop, 99));
        }
        System.out.printf("BENCH playbook-engine: %s: %d events produced in %.1f s (%.0f/s), applied in %.1f s (%.0f events/s); "
                        + "%d commands of %d executions, relay %.0f commands/s; event->command p50 %.1f ms p99 %.1f ms max %.1f ms (%d events)%n",
                name, stream.size(), (produced - t0) / 1e9, phase.producedRate, (consumed - t0) / 1e9, phase.consumedRate,
                count, expected, phase.commandRate, phase.p(50), phase.p(99), phase.p(100), phase.latencies.length);
        return phase;
    }

    /** Reads cs.actions.commands.v1 from its current end: per causing event, the latest append time and the count. */
    private final class CommandCollector implements AutoCloseable {
        final Map<String, long[]> byCause = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;
        private final Semaphore started = new Semaphore(0);

        CommandCollector() throws InterruptedException {
            thread = new Thread(this::read, "bench-commands");
            thread.setDaemon(true);
            thread.start();
            started.acquire();
        }

        private void read() {
            try (KafkaConsumer<String, String> consumer = BenchKafka.consumer(bootstrap)) {
                List<TopicPartition> partitions = consumer.partitionsFor(COMMANDS).stream()
                        .map(p -> new TopicPartition(COMMANDS, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position);
                started.release();
                while (running.get()) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                        Header cause = r.headers().lastHeader("ce_causationid");
                        if (cause != null) {
                            byCause.compute(new String(cause.value(), StandardCharsets.UTF_8), (k, v) -> v == null
                                    ? new long[] {r.timestamp(), 1} : new long[] {Math.max(v[0], r.timestamp()), v[1] + 1});
                        }
                    }
                }
            }
        }

        long countFor(Collection<String> causes) {
            long n = 0;
            for (String c : causes) {
                long[] v = byCause.get(c);
                n += v == null ? 0 : v[1];
            }
            return n;
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(5000);
        }
    }

    private static final class Phase {
        final int events;
        final double producedRate;
        final double consumedRate;
        long commands;
        double commandRate;
        double[] latencies = new double[0];

        Phase(int events, double producedRate, double consumedRate) {
            this.events = events;
            this.producedRate = producedRate;
            this.consumedRate = consumedRate;
        }

        double p(int percentile) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(latencies.length * percentile / 100.0) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, i))];
        }
    }

    // ---------------------------------------------------------------- the stream

    private record Event(String id, String topic, String key, String json, Map<String, String> headers) {
        int headerBytes() {
            return headers.entrySet().stream().mapToInt(h -> h.getKey().length() + h.getValue().length()).sum();
        }
    }

    private final Map<String, Boolean> checked = new ConcurrentHashMap<>();

    /** A mixed stream over random customers of random tenants, every payload valid against its schema (one of each type checked). */
    private List<Event> stream(int count) {
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        List<Event> out = new ArrayList<>(count);
        LocalDate today = LocalDate.now();
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(total);
            int k = 0;
            while (pick >= WEIGHTS[k]) {
                pick -= WEIGHTS[k++];
            }
            String type = STREAM[k];
            int tenant = random.nextInt(tenants);
            List<UUID> candidates = customersByTenant.get(tenant);
            UUID customer = candidates.get(random.nextInt(candidates.size()));
            Map<String, Object> payload = new LinkedHashMap<>();
            switch (type) {
                case "contract.created" -> {
                    payload.put("contractId", UUID.randomUUID());
                    payload.put("customerId", customer);
                    payload.put("mrr", 50 + random.nextInt(5000));
                    payload.put("currency", "BRL");
                    payload.put("startDate", today.toString());
                    payload.put("endDate", today.plusYears(1).toString());
                    payload.put("status", "active");
                }
                case "contract.mrr.changed" -> {
                    int before = 100 + random.nextInt(3000);
                    int after = 100 + random.nextInt(3000);
                    payload.put("contractId", UUID.randomUUID());
                    payload.put("customerId", customer);
                    payload.put("kind", after > before ? "UPSELL" : after < before ? "DOWNSELL" : "ADJUSTMENT");
                    payload.put("previousMrr", before);
                    payload.put("mrr", after);
                    payload.put("delta", after - before);
                    payload.put("currency", "BRL");
                    payload.put("effectiveDate", today.toString());
                }
                case "customer.tag.changed" -> {
                    payload.put("customerId", customer);
                    payload.put("tag", TAGS[random.nextInt(TAGS.length)]);
                    payload.put("change", random.nextBoolean() ? "added" : "removed");
                }
                case "ticket.created" -> {
                    payload.put("ticketId", UUID.randomUUID());
                    payload.put("customerId", customer);
                    payload.put("subject", "Cannot log in");
                    payload.put("status", "open");
                    payload.put("closed", false);
                    payload.put("priority", random.nextBoolean() ? "high" : "low");
                    payload.put("createdAt", Instant.now().toString());
                    payload.put("version", 1);
                }
                case "journey.task.completed" -> {
                    payload.put("taskId", UUID.randomUUID());
                    payload.put("customerId", customer);
                    payload.put("title", "Kick-off call");
                    payload.put("labels", List.of("onboarding"));
                    payload.put("dueDate", today.toString());
                    payload.put("completedDate", today.toString());
                    payload.put("daysTaken", 2);
                    payload.put("late", false);
                }
                default -> {
                    payload.put("chargeId", UUID.randomUUID());
                    payload.put("customerId", customer);
                    payload.put("change", random.nextBoolean() ? "CREATED" : "CHANGED");
                    payload.put("amount", 100 + random.nextInt(900));
                    payload.put("currency", "BRL");
                    payload.put("dueDate", today.plusDays(10).toString());
                    payload.put("status", "open");
                }
            }
            MessageType<?> messageType = eventType(type);
            String json = EventJson.write(payload);
            if (checked.putIfAbsent(type, true) == null) {
                assertThat(ContractSchemas.violations(messageType, json)).as(type + " " + json).isEmpty();
            }
            EventHeaders headers = EventHeaders.origin("/services/bench", messageType, "tenant-" + tenant, customer, Instant.now());
            out.add(new Event(headers.id().toString(), RuntimeKit.topic(type), "tenant-" + tenant + ":" + customer, json,
                    headers.toMap()));
        }
        return out;
    }

    private static MessageType<?> eventType(String name) {
        return MessageTypes.ALL.stream().filter(t -> t.name().equals(name) && t.kind() == MessageType.Kind.EVENT)
                .findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- plumbing

    private long inboxCount() {
        Row row = pool.query("select count(*) from inbox where consumer = 'runtime.domain-events'").execute()
                .await().indefinitely().iterator().next();
        return row.getLong(0);
    }

    /** Waits until group playbook-runtime committed the current end of every partition of the topics (its lag is zero). */
    private void awaitCaughtUp(List<String> topics, Duration timeout) throws Exception {
        try (Admin admin = BenchKafka.admin(bootstrap)) {
            Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
            for (String topic : topics) {
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .forEach(p -> specs.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, Long> end = new HashMap<>();
            admin.listOffsets(specs).all().get().forEach((tp, info) -> end.put(tp, info.offset()));
            long deadline = System.nanoTime() + timeout.toNanos();
            long lastReport = System.nanoTime();
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get();
                long lag = 0;
                for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
                    OffsetAndMetadata c = committed.get(e.getKey());
                    lag += e.getValue() - (c == null ? 0 : c.offset());
                }
                if (lag <= 0) {
                    return;
                }
                assertThat(System.nanoTime()).as("group %s still %d behind on %s", GROUP, lag, topics).isLessThan(deadline);
                if (System.nanoTime() - lastReport > 10_000_000_000L) {
                    System.out.printf("BENCH playbook-engine: seeding, lag %d%n", lag);
                    lastReport = System.nanoTime();
                }
                Thread.sleep(250);
            }
        }
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
