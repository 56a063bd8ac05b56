package io.csplatform.e2e;

import io.csplatform.testing.BenchKafka;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;

/**
 * How fast the platform reacts to a REST write, as a new user sees it (see bench/reaction/README.md): a contract
 * created over REST, {@code bench.playbooks} playbooks ACTIVE on {@code contract.created} (the first sends the welcome
 * e-mail and creates the Kickoff task, the others one e-mail each), paced at each rate of {@code bench.rates}.
 * Timed in this JVM from just before the POST: the welcome e-mail's arrival in the SMTP server, every e-mail of the
 * contract, and the Kickoff task's commit in journeys (seen by a reader of its table). Raw Kafka's latency and
 * throughput on the same broker come first. Run by hand:
 * {@code ./mvnw -B -ntp -o -pl e2e verify -Dit.test=ReactionBenchmark -Dfailsafe.failIfNoSpecifiedTests=false}.
 */
class ReactionBenchmark {

    private static final String SCRATCH = "bench.reaction.scratch.v1";

    private final int playbooks = Integer.getInteger("bench.playbooks", 10);
    private final List<Integer> rates = List.of(System.getProperty("bench.rates", "1,20").split(",")).stream()
            .map(String::trim).map(Integer::valueOf).toList();
    private final int seconds = Integer.getInteger("bench.seconds", 30);
    /** Seconds of contracts at {@code bench.warmup.rate}/s before the measured phases, not counted (JIT, pools, tokens). */
    private final int warmup = Integer.getInteger("bench.warmup", 20);
    private final int warmupRate = Integer.getInteger("bench.warmup.rate", 5);

    private Platform platform;
    private String admin;
    private String welcomePlaybook;

    /** When each thing happened or was first seen, wall clock (ms): the services' clocks are this machine's. */
    private final Map<String, Long> welcomeSeen = new ConcurrentHashMap<>();
    private final Map<String, Integer> mailsSeen = new ConcurrentHashMap<>();
    private final Map<String, Long> allMailsSeen = new ConcurrentHashMap<>();
    private final Map<UUID, Long> taskSeen = new ConcurrentHashMap<>();

    @Test
    void restWriteToEmailAndTask() throws Exception {
        platform = Platform.get();
        admin = platform.stack.token("acme-admin", "acme-admin");
        String bootstrap = platform.stack.kafkaBootstrapServers();
        BenchKafka.logAppendTime(bootstrap, List.of(SCRATCH));
        double[] rawLatency = BenchKafka.latency(bootstrap, SCRATCH, 200, 50);
        double[] raw = BenchKafka.throughput(bootstrap, SCRATCH, 100_000, "x".repeat(600), Map.of());
        String rawFigures = String.format("raw kafka: produce %.0f/s consume %.0f/s, send->poll p50 %.1f ms p99 %.1f ms",
                raw[0], raw[1], BenchKafka.pct(rawLatency, 50), BenchKafka.pct(rawLatency, 99));
        System.out.println("BENCH reaction: " + rawFigures);

        List<String> playbookIds = new ArrayList<>();
        for (int i = 0; i < playbooks; i++) {
            playbookIds.add(activate(i));
        }
        welcomePlaybook = playbookIds.get(0);
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread mails = daemon(() -> watchMails(watching));
        Thread tasks = daemon(() -> watchTasks(watching));
        List<String> lines = new ArrayList<>();
        try {
            if (warmup > 0) {
                run("warm-up (not counted): ", warmupRate, warmup);
            }
            for (int rate : rates) {
                lines.add(run("", rate, seconds));
            }
        } finally {
            watching.set(false);
            mails.join();
            tasks.join();
            for (String id : playbookIds) {
                as("playbook-runtime").post("/api/v1/playbooks/" + id + "/deactivate");
            }
        }
        System.out.println("BENCH reaction: " + rawFigures + " | " + String.join(" | ", lines) + " | load "
                + BenchKafka.uptime() + " | RSS kB " + platform.rssKb());
    }

    private String run(String label, int rate, int seconds) throws Exception {
        int count = rate * seconds;
        List<Customer> customers = customers(count);
        Map<Customer, Long> posted = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(Math.max(2, rate / 2));
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + (long) (i * 1e9 / rate);
            while (System.nanoTime() < due) {
                Thread.sleep(0, 200_000);
            }
            Customer customer = customers.get(i);
            senders.submit(() -> {
                long t = System.currentTimeMillis();
                int status = as("contracts").body(Map.of("customerId", customer.id().toString(), "mrr", 1000,
                                "currency", "BRL", "startDate", LocalDate.now().toString(),
                                "endDate", LocalDate.now().plusYears(1).toString()))
                        .post("/api/v1/contracts").statusCode();
                if (status == 201) {
                    posted.put(customer, t);
                } else {
                    System.out.println("BENCH reaction: contract refused " + status);
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(5, TimeUnit.MINUTES);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && !posted.keySet().stream().allMatch(c ->
                allMailsSeen.containsKey(c.email()) && taskSeen.containsKey(c.id()))) {
            Thread.sleep(50);
        }
        double[] welcome = latencies(posted, c -> welcomeSeen.get(c.email()));
        double[] all = latencies(posted, c -> allMailsSeen.get(c.email()));
        double[] task = latencies(posted, c -> taskSeen.get(c.id()));
        String line = String.format("%d contracts/s for %d s (%d posted, %d playbooks): welcome e-mail p50 %.0f ms p99 "
                        + "%.0f ms max %.0f ms (%d received); all %d e-mails p50 %.0f ms p99 %.0f ms (%d complete); Kickoff "
                        + "task p50 %.0f ms p99 %.0f ms max %.0f ms (%d seen)",
                rate, seconds, posted.size(), playbooks, BenchKafka.pct(welcome, 50), BenchKafka.pct(welcome, 99),
                max(welcome), welcome.length, playbooks, BenchKafka.pct(all, 50), BenchKafka.pct(all, 99), all.length,
                BenchKafka.pct(task, 50), BenchKafka.pct(task, 99), max(task), task.length);
        java.util.Set<String> addresses = new java.util.HashSet<>();
        posted.keySet().forEach(c -> addresses.add(c.email()));
        long inSmtp = platform.stack.receivedMails().stream().filter(mail -> addresses.contains(recipient(mail))).count();
        line += String.format("; SMTP server holds %d of the %d e-mails expected", inSmtp, (long) posted.size() * playbooks);
        if (label.isEmpty()) {
            line += "; hops " + hops(posted);
        }
        System.out.println("BENCH reaction: " + label + line);
        return line;
    }

    /**
     * Where the time goes, per contract, from the services' own timestamps (each hop p50 / p99, ms): REST → contract
     * row written (contracts' {@code created_at}), → relay published contract.created (record timestamp on
     * {@code cs.contracts.events.v1}), → runtime recorded its first execution ({@code runtime.execution.created_at}),
     * → first action command published ({@code cs.actions.commands.v1}), → actions claimed the first e-mail
     * ({@code email_delivery.claimed_at}), → SMTP accepted it ({@code sent_at}); and for the task: first action command
     * → journey.task.create forwarded ({@code cs.journeys.commands.v1}) → task row committed (seen).
     */
    private String hops(Map<Customer, Long> posted) throws Exception {
        Map<UUID, Long> contract = firstPerCustomer("contracts", "select customer_id, created_at from contract "
                + "where tenant_id = 'acme' and created_at > now() - interval '10 minutes'");
        Map<UUID, Long> execution = firstPerCustomer("runtime", "select customer_id, created_at from "
                + "runtime.execution where tenant_id = 'acme' and created_at > now() - interval '10 minutes'");
        Map<UUID, Long> claimed = firstPerCustomer("actions", "select customer_id, claimed_at from "
                + "actions.email_delivery where tenant_id = 'acme' and claimed_at > now() - interval '10 minutes'");
        Map<UUID, Long> sent = firstPerCustomer("actions", "select customer_id, sent_at from actions.email_delivery "
                + "where tenant_id = 'acme' and sent_at > now() - interval '10 minutes'");
        Map<UUID, Long> published = firstRecord("cs.contracts.events.v1", "contract.created");
        Map<UUID, Long> command = firstRecord("cs.actions.commands.v1", null);
        Map<UUID, Long> forwarded = firstRecord("cs.journeys.commands.v1", "journey.task.create");
        Map<UUID, Long> rest = new java.util.HashMap<>();
        Map<UUID, Long> task = new java.util.HashMap<>();
        posted.forEach((c, t) -> {
            rest.put(c.id(), t);
            if (taskSeen.containsKey(c.id())) {
                task.put(c.id(), taskSeen.get(c.id()));
            }
        });
        // only this phase's contracts: the maps above cover every contract of the last minutes, the warm-up's too,
        // whose backlog made the hops of the first runs (2026-12-02) meaningless next to the end-to-end figures
        java.util.Set<UUID> phase = rest.keySet();
        for (Map<UUID, Long> map : List.of(contract, execution, claimed, sent, published, command, forwarded)) {
            map.keySet().retainAll(phase);
        }
        return hop("REST→row", rest, contract) + ", row→relay " + hop(contract, published)
                + ", relay→runtime " + hop(published, execution) + ", runtime→command " + hop(execution, command)
                + ", command→claim " + hop(command, claimed) + ", claim→SMTP " + hop(claimed, sent)
                + ", command→task command " + hop(command, forwarded) + ", task command→task " + hop(forwarded, task);
    }

    private static String hop(String name, Map<UUID, Long> from, Map<UUID, Long> to) {
        return name + " " + hop(from, to);
    }

    private static String hop(Map<UUID, Long> from, Map<UUID, Long> to) {
        double[] d = from.entrySet().stream().filter(e -> to.containsKey(e.getKey()))
                .mapToDouble(e -> to.get(e.getKey()) - e.getValue()).sorted().toArray();
        return String.format("%.0f/%.0f", BenchKafka.pct(d, 50), BenchKafka.pct(d, 99));
    }

    private Map<UUID, Long> firstPerCustomer(String schema, String sql) throws java.sql.SQLException {
        Map<UUID, Long> first = new java.util.HashMap<>();
        try (Connection db = DriverManager.getConnection(platform.stack.jdbcUrl(schema), platform.stack.postgresUser(),
                platform.stack.postgresPassword()); PreparedStatement query = db.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long at = rows.getObject(2, java.time.OffsetDateTime.class).toInstant().toEpochMilli();
                first.merge(rows.getObject(1, UUID.class), at, Math::min);
            }
        }
        return first;
    }

    /** The earliest record timestamp per customer (key tenant:customer) of {@code type} (any when null). */
    private Map<UUID, Long> firstRecord(String topic, String type) {
        Map<UUID, Long> first = new java.util.HashMap<>();
        try (var consumer = BenchKafka.consumer(platform.stack.kafkaBootstrapServers())) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    var header = record.headers().lastHeader("ce_type");
                    if (record.key() == null || !record.key().startsWith("acme:") || (type != null && (header == null
                            || !type.equals(new String(header.value(), java.nio.charset.StandardCharsets.UTF_8))))) {
                        continue;
                    }
                    try {
                        first.merge(UUID.fromString(record.key().substring(5)), record.timestamp(), Math::min);
                    } catch (IllegalArgumentException notACustomer) {
                        // a key that is not tenant:customer
                    }
                }
            }
        }
        return first;
    }

    private interface Seen {
        Long at(Customer customer);
    }

    private static double[] latencies(Map<Customer, Long> posted, Seen seen) {
        return posted.entrySet().stream().filter(e -> seen.at(e.getKey()) != null)
                .mapToDouble(e -> seen.at(e.getKey()) - e.getValue()).sorted().toArray();
    }

    private static double max(double[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    private record Customer(UUID id, String email) {
    }

    /** Customers with a main contact, created over REST; waits until contracts knows the last one. */
    private List<Customer> customers(int count) throws InterruptedException {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "bench." + UUID.randomUUID().toString().substring(0, 13) + "@acme.test";
            String id = as("customers").body(Map.of("name", "Bench " + email, "mainContact",
                            Map.of("name", "Ana", "email", email)))
                    .post("/api/v1/customers").then().statusCode(201).extract().path("id");
            customers.add(new Customer(UUID.fromString(id), email));
        }
        UUID last = customers.get(customers.size() - 1).id();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (as("contracts").get("/api/v1/customers/" + last + "/mrr").statusCode() != 200
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(2000);
        return customers;
    }

    private String activate(int i) {
        List<Map<String, Object>> actions = new ArrayList<>();
        actions.add(Map.of("type", "email.main-contact", "params", Map.of(
                "subject", (i == 0 ? "Bem-vindo" : "Aviso " + i) + ", {customer.name}",
                "body", "Olá {contact.name}, seu contrato começa em {contract.startDate}.")));
        if (i == 0) {
            actions.add(Map.of("type", "journey.task.create", "params", Map.of("title", "Kickoff", "dueInDays", 7,
                    "skipWeekends", true)));
        }
        String id = as("playbook-runtime").body(Map.of("name", "bench reaction " + i + " " + UUID.randomUUID(),
                        "trigger", Map.of("type", "contract.created"), "actions", actions))
                .post("/api/v1/playbooks").then().statusCode(201).extract().path("id");
        as("playbook-runtime").post("/api/v1/playbooks/" + id + "/activate").then().statusCode(200);
        return id;
    }

    /**
     * Polls the actions service's e-mail deliveries every 5 ms: {@code sent_at} is when the SMTP server accepted the
     * e-mail (the service records it right after). Reading the in-process SMTP server instead would parse every
     * message received so far on each look and slow the server under test; its count is checked once at the end.
     */
    private void watchMails(AtomicBoolean watching) {
        java.util.Set<String> counted = new java.util.HashSet<>();
        try (Connection db = DriverManager.getConnection(platform.stack.jdbcUrl("actions"),
                platform.stack.postgresUser(), platform.stack.postgresPassword());
                PreparedStatement query = db.prepareStatement("""
                        select d.execution_id, d.recipient, d.sent_at, e.playbook_id from actions.email_delivery d
                        join runtime.execution e on e.id = d.execution_id
                        where d.tenant_id = 'acme' and d.status = 'SENT' and d.sent_at > ?""")) {
            java.time.Instant since = java.time.Instant.now().minusSeconds(5);
            while (watching.get()) {
                query.setObject(1, java.time.OffsetDateTime.ofInstant(since.minusSeconds(3), java.time.ZoneOffset.UTC));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String to = rows.getString(2);
                        if (!counted.add(rows.getString(1) + " " + to)) {
                            continue;
                        }
                        long at = rows.getObject(3, java.time.OffsetDateTime.class).toInstant().toEpochMilli();
                        since = java.time.Instant.ofEpochMilli(Math.max(since.toEpochMilli(), at));
                        if (welcomePlaybook.equals(rows.getString(4))) {
                            welcomeSeen.putIfAbsent(to, at);
                        }
                        if (mailsSeen.merge(to, 1, Integer::sum) == playbooks) {
                            allMailsSeen.putIfAbsent(to, at);
                        }
                    }
                }
                sleep(5);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls journeys' task table every 5 ms (committed rows only) and notes each Kickoff task's first sighting. */
    private void watchTasks(AtomicBoolean watching) {
        try (Connection db = DriverManager.getConnection(platform.stack.jdbcUrl("journeys"),
                platform.stack.postgresUser(), platform.stack.postgresPassword());
                PreparedStatement query = db.prepareStatement(
                        "select customer_id from task where tenant_id = 'acme' and title = 'Kickoff' "
                                + "and created_at > now() - interval '5 minutes'")) {
            while (watching.get()) {
                try (ResultSet rows = query.executeQuery()) {
                    long now = System.currentTimeMillis();
                    while (rows.next()) {
                        taskSeen.putIfAbsent(rows.getObject(1, UUID.class), now);
                    }
                }
                sleep(5);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private RequestSpecification as(String service) {
        return given().baseUri(platform.url(service)).auth().oauth2(admin).contentType(ContentType.JSON);
    }
}
