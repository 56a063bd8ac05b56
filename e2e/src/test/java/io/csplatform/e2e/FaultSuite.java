package io.csplatform.e2e;

import io.csplatform.devstack.DevStack;
import io.csplatform.testing.BenchKafka;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * Crashes parts of the running platform (kill -9) under a steady load of contracts created over REST, restarts each,
 * and counts at the sinks, per contract the contracts service committed: the playbook's execution (runtime), the
 * welcome e-mail (the SMTP server) and the Kickoff task (journeys). Nothing may be lost or doubled. Used by
 * {@link FaultIT} (a short variant in CI) and {@link FaultBenchmark} (every part, by hand; bench/faults).
 */
final class FaultSuite {

    /** A part of the platform to crash, and how to bring it back. */
    record Fault(String name, Runnable crash, Runnable restart) {
    }

    /** What one fault did: contracts in flight when it struck, how long until they were all through, and the losses. */
    record Row(String fault, int inFlight, long restartMs, long recoverMs, int contracts, int lost, int doubled,
               int refused) {
    }

    /** The whole run. */
    record Result(List<Row> rows, int contracts, int acknowledged, int acknowledgedMissing, int noExecution,
                  int noEmail, int noTask, int doubleExecution, int doubleEmail, int doubleTask, int refused,
                  int customersRefused, Map<UUID, String> parked, String statuses) {

        int lost() {
            return acknowledgedMissing + noExecution + noEmail + noTask;
        }

        int doubled() {
            return doubleExecution + doubleEmail + doubleTask;
        }

        String table() {
            StringBuilder out = new StringBuilder(String.format(
                    "| part killed | contracts in flight | restart (ms) | all through after (ms) | contracts in its window | lost | doubled | contract not answered 201 |%n"
                            + "|---|---|---|---|---|---|---|---|%n"));
            rows.forEach(r -> out.append(String.format("| %s | %d | %d | %d | %d | %d | %d | %d |%n", r.fault(),
                    r.inFlight(), r.restartMs(), r.recoverMs(), r.contracts(), r.lost(), r.doubled(), r.refused())));
            out.append(String.format("%ncontracts committed %d (201 answered %d, of which missing %d; not answered 201 %d); "
                            + "without execution %d, without e-mail %d, without task %d; doubled executions %d, "
                            + "e-mails %d, tasks %d", contracts, acknowledged, acknowledgedMissing, refused, noExecution,
                    noEmail, noTask, doubleExecution, doubleEmail, doubleTask));
            out.append(String.format("; customers not created (so no contract posted) %d", customersRefused));
            out.append("; answers other than 201 by status (-1: no answer in time) ").append(statuses);
            out.append(String.format("; contracts parked on a dead-letter topic %d", parked.size()));
            parked.forEach((customer, reason) -> out.append(String.format("%n  parked %s: %s", customer, reason)));
            return out.toString();
        }
    }

    /** The demo tenant's time zone (the default): contracts start on its today. */
    private static final java.time.ZoneId TENANT_ZONE = java.time.ZoneId.of("America/Sao_Paulo");

    private final Platform platform;
    private final DevStack stack;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<UUID, Long> postedAt = new ConcurrentHashMap<>();
    private final Map<UUID, String> emailOf = new ConcurrentHashMap<>();
    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    /** The contract id each 201 answered, by customer: a missing contract is looked up by it too. */
    private final Map<UUID, String> contractOf = new ConcurrentHashMap<>();
    /** When each contract's 201 arrived (ms), by customer. */
    private final Map<UUID, Long> answeredAt = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> refusedStatus = new ConcurrentHashMap<>();
    /** "customers 503", "contracts -1"...: how many requests got each answer other than 201. */
    private final Map<String, AtomicInteger> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
    private volatile String token;
    private volatile long tokenAt;
    private String playbookId;
    /** Per fault: from the previous fault's recovery to its own (ms). */
    private final List<long[]> windows = new ArrayList<>();

    FaultSuite(Platform platform) {
        this.platform = platform;
        this.stack = platform.stack;
    }

    Fault service(String name) {
        return new Fault(name, () -> platform.crash(name), () -> platform.restart(name));
    }

    Fault stackPart(DevStack.Part part) {
        return new Fault(part.name().toLowerCase(), () -> stack.crash(part), () -> stack.restart(part));
    }

    Fault postgresBackend() {
        return new Fault("postgresql backend", stack::crashPostgresBackend, () -> { });
    }

    /**
     * Posts {@code rate} contracts a second while the faults strike one after the other, each {@code gap} after the
     * previous one recovered; then waits until the sinks are quiet and counts.
     */
    Result run(int rate, Duration gap, List<Fault> faults) throws Exception {
        playbookId = activatePlaybook();
        AtomicInteger next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(Math.max(4, rate * 2));
        var pacer = Executors.newSingleThreadScheduledExecutor();
        pacer.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            senders.submit(() -> customerAndContract(i));
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        List<Row> rows = new ArrayList<>();
        long windowStart = System.currentTimeMillis();
        try {
            for (Fault fault : faults) {
                Thread.sleep(gap.toMillis());
                long crashAt = System.currentTimeMillis();
                Set<UUID> inFlight = pending(crashAt);
                fault.crash().run();
                Thread.sleep(2_000);
                long restartBegin = System.currentTimeMillis();
                fault.restart().run();
                long restartMs = System.currentTimeMillis() - restartBegin;
                long through = awaitThrough(inFlight, Duration.ofMinutes(4));
                long recoverMs = through - crashAt;
                long windowEnd = System.currentTimeMillis();
                windows.add(new long[] {windowStart, windowEnd});
                rows.add(withWindow(new Row(fault.name(), inFlight.size(), restartMs, recoverMs, 0, 0, 0, 0),
                        windowStart, windowEnd));
                windowStart = windowEnd;
                System.out.printf("FAULT %s: %d in flight, restarted in %d ms, all through %d ms after the crash%n",
                        fault.name(), inFlight.size(), restartMs, recoverMs);
            }
            Thread.sleep(gap.toMillis());
        } finally {
            pacer.shutdownNow();
            // Ticks still queued were never started: they are dropped, so no contract is posted once the load has
            // stopped (before this, a machine that fell behind kept posting through the count, and contracts
            // answered 201 after the database was read looked lost). Requests under way finish first.
            int dropped = senders.shutdownNow().size();
            if (!senders.awaitTermination(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("requests still under way 5 minutes after the load stopped");
            }
            System.out.printf("FAULT load stopped: %d ticks posted, %d queued ticks dropped (the platform fell behind)%n",
                    postedAt.size() + customersRefused(), dropped);
        }
        awaitSettled(new HashSet<>(acknowledged), Duration.ofMinutes(5), Duration.ofMinutes(25));
        Thread.sleep(3_000); // anything doubled late arrives now
        Result result = count(rows);
        as("playbook-runtime").post("/api/v1/playbooks/" + playbookId + "/deactivate");
        return result;
    }

    private Row withWindow(Row row, long from, long to) {
        return new Row(row.fault(), row.inFlight(), row.restartMs(), row.recoverMs(),
                (int) postedAt.values().stream().filter(t -> t >= from && t < to).count(), 0, 0,
                (int) refusedStatus.keySet().stream().filter(c -> postedAt.get(c) >= from && postedAt.get(c) < to).count());
    }

    /** A new customer with a main contact, then at once its contract (read-your-writes), both over REST. */
    private void customerAndContract(int i) {
        String email = "fault." + run + "." + i + "@acme.test";
        UUID customer;
        try {
            var response = as("customers").body(Map.of("name", "Fault " + run + " " + i, "mainContact",
                    Map.of("name", "Ana", "email", email))).post("/api/v1/customers");
            if (response.statusCode() != 201) {
                answered("customers", response.statusCode());
                return;
            }
            customer = UUID.fromString(response.path("id"));
        } catch (RuntimeException e) {
            answered("customers", -1);
            return;
        }
        emailOf.put(customer, email);
        long at = System.currentTimeMillis();
        postedAt.put(customer, at);
        try {
            var answer = as("contracts").body(Map.of("customerId", customer.toString(), "mrr", 1000, "currency", "BRL",
                            "startDate", LocalDate.now(TENANT_ZONE).toString(), "endDate",
                            LocalDate.now(TENANT_ZONE).plusYears(1).toString()))
                    .post("/api/v1/contracts");
            int status = answer.statusCode();
            if (status == 201) {
                answeredAt.put(customer, System.currentTimeMillis());
                contractOf.put(customer, String.valueOf(answer.<String>path("id")));
                acknowledged.add(customer);
            } else {
                refusedStatus.put(customer, status);
                answered("contracts", status);
            }
        } catch (RuntimeException e) {
            refusedStatus.put(customer, -1); // no answer: the contract may or may not exist; the database tells
            answered("contracts", -1);
        }
    }

    private void answered(String service, int status) {
        statuses.computeIfAbsent(service + " " + status, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Customers not created (any answer other than 201): no contract was posted for them. */
    private int customersRefused() {
        return statuses.entrySet().stream().filter(e -> e.getKey().startsWith("customers "))
                .mapToInt(e -> e.getValue().get()).sum();
    }

    /** Contracts answered 201 before {@code at} whose task is not there yet. */
    private Set<UUID> pending(long at) {
        Set<UUID> posted = new HashSet<>();
        acknowledged.forEach(c -> {
            if (postedAt.get(c) < at) {
                posted.add(c);
            }
        });
        posted.removeAll(tasks().keySet());
        return posted;
    }

    /** Waits until each of these contracts has its task and its e-mail claimed by the actions service; answers when. */
    private long awaitThrough(Set<UUID> contracts, Duration timeout) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            try {
                Set<UUID> done = tasks().keySet();
                Set<UUID> mailed = claimedEmails();
                if (contracts.stream().allMatch(c -> done.contains(c) && mailed.contains(c))) {
                    return System.currentTimeMillis();
                }
            } catch (IllegalStateException databaseDown) {
                // PostgreSQL restarting: look again
            }
            Thread.sleep(250);
        }
        return System.currentTimeMillis();
    }

    /**
     * Waits until every one of these contracts is accounted for: through (its task in journeys and its welcome e-mail
     * in the SMTP server) or parked on a dead-letter topic. Gives up when none got through for {@code quiet} (a backlog
     * still draining keeps it waiting), or after {@code cap}.
     */
    private void awaitSettled(Set<UUID> contracts, Duration quiet, Duration cap) throws InterruptedException {
        long begin = System.currentTimeMillis();
        long lastProgress = begin;
        int best = -1;
        Set<UUID> parked = Set.of();
        long parkedAt = 0;
        while (System.currentTimeMillis() - begin < cap.toMillis()
                && System.currentTimeMillis() - lastProgress < quiet.toMillis()) {
            try {
                Set<UUID> done = tasks().keySet();
                Set<String> mailed = mailedRecipients();
                List<UUID> notThrough = contracts.stream()
                        .filter(c -> !(done.contains(c) && mailed.contains(emailOf.get(c)))).toList();
                if (!notThrough.isEmpty() && System.currentTimeMillis() - parkedAt > 30_000) {
                    parked = parked().keySet(); // the dead-letter topics only now and then: a read is not cheap
                    parkedAt = System.currentTimeMillis();
                }
                Set<UUID> parkedNow = parked;
                int settled = contracts.size() - (int) notThrough.stream().filter(c -> !parkedNow.contains(c)).count();
                if (settled == contracts.size()) {
                    System.out.printf("FAULT settled: %d contracts accounted for %d s after the load stopped%n",
                            settled, (System.currentTimeMillis() - begin) / 1000);
                    return;
                }
                if (settled > best) {
                    best = settled;
                    lastProgress = System.currentTimeMillis();
                }
            } catch (IllegalStateException databaseDown) {
                // look again
            }
            Thread.sleep(5_000);
        }
        System.out.printf("FAULT not settled: %d of %d contracts accounted for after %d s%n", best, contracts.size(),
                (System.currentTimeMillis() - begin) / 1000);
    }

    private Set<String> mailedRecipients() {
        Set<String> recipients = new HashSet<>();
        for (MimeMessage mail : stack.receivedMails()) {
            if (subject(mail).contains("[" + run + "]")) {
                recipients.add(recipient(mail));
            }
        }
        return recipients;
    }

    private static final java.util.regex.Pattern UUID_TEXT =
            java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * This run's customers named (key or payload) by a record of any dead-letter topic ({@code *.dlq}), each with the
     * topic and the reason header: a contract whose way to its sinks was parked rather than lost without trace.
     */
    Map<UUID, String> parked() {
        Map<UUID, String> parked = new HashMap<>();
        try (var admin = BenchKafka.admin(stack.kafkaBootstrapServers());
             var consumer = BenchKafka.consumer(stack.kafkaBootstrapServers())) {
            List<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.endsWith(".dlq")).toList();
            List<org.apache.kafka.common.TopicPartition> partitions = new ArrayList<>();
            for (var info : admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values()) {
                info.partitions().forEach(p -> partitions.add(new org.apache.kafka.common.TopicPartition(info.name(),
                        p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline
                    && partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    var reason = record.headers().lastHeader("dead-letter-reason");
                    String why = record.topic() + ": " + (reason == null ? "(no reason)"
                            : new String(reason.value(), java.nio.charset.StandardCharsets.UTF_8));
                    var ids = UUID_TEXT.matcher(String.valueOf(record.key()) + " " + record.value());
                    while (ids.find()) {
                        UUID id = UUID.fromString(ids.group());
                        if (postedAt.containsKey(id)) {
                            parked.merge(id, why, (a, b) -> a.equals(b) ? a : a + "; " + b);
                        }
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("reading the dead-letter topics: " + e.getMessage(), e);
        }
        return parked;
    }

    private Result count(List<Row> rows) {
        Set<UUID> committed = ids("contracts", "select customer_id from contract where tenant_id = 'acme' "
                + "and customer_id = any(?)");
        Map<UUID, Integer> executions = counts("playbook-runtime", "runtime", "select customer_id, count(*) from "
                + "execution where playbook_id = ? group by customer_id", UUID.fromString(playbookId));
        Map<UUID, Integer> tasks = tasks();
        Map<String, Integer> mails = new HashMap<>();
        for (MimeMessage mail : stack.receivedMails()) {
            if (subject(mail).contains("[" + run + "]")) {
                mails.merge(recipient(mail), 1, Integer::sum);
            }
        }
        int noExecution = 0;
        int noEmail = 0;
        int noTask = 0;
        int doubleExecution = 0;
        int doubleEmail = 0;
        int doubleTask = 0;
        Map<UUID, Boolean> lostOrDoubled = new HashMap<>();
        for (UUID c : committed) {
            int e = executions.getOrDefault(c, 0);
            int m = mails.getOrDefault(emailOf.get(c), 0);
            int t = tasks.getOrDefault(c, 0);
            noExecution += e == 0 ? 1 : 0;
            noEmail += m == 0 ? 1 : 0;
            noTask += t == 0 ? 1 : 0;
            doubleExecution += e > 1 ? 1 : 0;
            doubleEmail += m > 1 ? 1 : 0;
            doubleTask += t > 1 ? 1 : 0;
            if (e == 0 || m == 0 || t == 0) {
                lostOrDoubled.put(c, false);
            } else if (e > 1 || m > 1 || t > 1) {
                lostOrDoubled.put(c, true);
            }
        }
        List<UUID> missing = acknowledged.stream().filter(c -> !committed.contains(c)).toList();
        int acknowledgedMissing = missing.size();
        missing.forEach(this::describeMissing);
        missing.forEach(c -> lostOrDoubled.put(c, false));
        // each lost or doubled contract counts for the fault whose window it was posted in (the last one open-ended)
        List<Row> counted = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            long from = windows.get(i)[0];
            long to = i == rows.size() - 1 ? Long.MAX_VALUE : windows.get(i)[1];
            int lost = 0;
            int doubled = 0;
            for (var entry : lostOrDoubled.entrySet()) {
                Long at = postedAt.get(entry.getKey());
                if (at != null && at >= from && at < to) {
                    if (entry.getValue()) {
                        doubled++;
                    } else {
                        lost++;
                    }
                }
            }
            Row r = rows.get(i);
            counted.add(new Row(r.fault(), r.inFlight(), r.restartMs(), r.recoverMs(), r.contracts(), lost, doubled,
                    r.refused()));
        }
        return new Result(counted, committed.size(), acknowledged.size(), acknowledgedMissing, noExecution, noEmail,
                noTask, doubleExecution, doubleEmail, doubleTask, refusedStatus.size(), customersRefused(),
                parked(), statuses.toString());
    }

    /** A contract answered 201 but not found by its customer: where it went, for the report. */
    private void describeMissing(UUID customer) {
        String contract = contractOf.get(customer);
        Set<UUID> byId = contract == null ? Set.of() : idsOf("contracts", "select customer_id from contract where id = ?",
                UUID.fromString(contract));
        Set<UUID> customerKnown = idsOf("customers", "select id from customer where id = ?", customer);
        int window = -1;
        for (int i = 0; i < windows.size(); i++) {
            if (postedAt.get(customer) >= windows.get(i)[0] && postedAt.get(customer) < windows.get(i)[1]) {
                window = i;
            }
        }
        System.out.printf("FAULT missing: customer %s (in customers: %s), contract %s (by id: %s), posted %d, "
                        + "answered %d, window %d%n", customer, !customerKnown.isEmpty(), contract, byId,
                postedAt.get(customer), answeredAt.getOrDefault(customer, 0L), window);
    }

    private String activatePlaybook() {
        List<Map<String, Object>> actions = List.of(
                Map.of("type", "email.main-contact", "params", Map.of("subject", "Bem-vindo [" + run + "], {customer.name}",
                        "body", "Olá {contact.name}, seu contrato começa em {contract.startDate}.")),
                Map.of("type", "journey.task.create", "params", Map.of("title", "Kickoff " + run, "dueInDays", 7,
                        "skipWeekends", true)));
        String id = as("playbook-runtime").body(Map.of("name", "fault suite " + run, "trigger",
                        Map.of("type", "contract.created"), "actions", actions))
                .post("/api/v1/playbooks").then().statusCode(201).extract().path("id");
        as("playbook-runtime").post("/api/v1/playbooks/" + id + "/activate").then().statusCode(200);
        return id;
    }

    private Map<UUID, Integer> tasks() {
        return counts("journeys", "journeys", "select customer_id, count(*) from task where tenant_id = 'acme' "
                + "and title = ? group by customer_id", "Kickoff " + run);
    }

    /** Customers whose welcome e-mail the actions service has claimed (sent, or being sent when it was killed). */
    private Set<UUID> claimedEmails() {
        return counts("actions", "actions", "select customer_id, count(*) from email_delivery where tenant_id = 'acme' "
                + "and execution_id in (select id from runtime.execution where playbook_id = ?) "
                + "group by customer_id", playbookId == null ? null : UUID.fromString(playbookId)).keySet();
    }

    /** The ids the query answers, its one parameter this run's customers. */
    private Set<UUID> ids(String schema, String sql) {
        return ids(schema, sql, (db, query) -> query.setArray(1, db.createArrayOf("uuid", postedAt.keySet().toArray())));
    }

    private Set<UUID> idsOf(String schema, String sql, UUID parameter) {
        return ids(schema, sql, (db, query) -> query.setObject(1, parameter));
    }

    private interface Binder {
        void bind(Connection db, PreparedStatement query) throws SQLException;
    }

    private Set<UUID> ids(String schema, String sql, Binder binder) {
        try (Connection db = connect(schema); PreparedStatement query = db.prepareStatement(sql)) {
            binder.bind(db, query);
            Set<UUID> ids = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(schema + ": " + e.getMessage(), e);
        }
    }

    private Map<UUID, Integer> counts(String service, String schema, String sql, Object parameter) {
        try (Connection db = connect(schema); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            Map<UUID, Integer> counts = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getObject(1, UUID.class), rows.getInt(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + e.getMessage(), e);
        }
    }

    private Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(schema), stack.postgresUser(), stack.postgresPassword());
    }

    private static String subject(MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            return "";
        }
    }

    private RequestSpecification as(String service) {
        if (token == null || System.currentTimeMillis() - tokenAt > 60_000) {
            token = stack.token("acme-admin", "acme-admin");
            tokenAt = System.currentTimeMillis();
        }
        return given().baseUri(platform.url(service)).auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String load() {
        return BenchKafka.uptime();
    }
}
