package io.csplatform.e2e;

import io.csplatform.events.ActionMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.MessageType;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.EmailSend;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.JourneyTaskCreate;
import io.csplatform.events.payload.Recipient;
import io.csplatform.testing.BenchKafka;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;

/**
 * The actions service under load on the whole platform (see bench/actions/README.md): raw Kafka on the same broker,
 * then e-mail commands and journey task commands on {@code cs.actions.commands.v1}, as the runtime sends them, at full
 * speed (sustained actions/s until the last step result) and paced (command append -> step result append, both broker
 * LogAppendTime: for an e-mail the result follows SMTP's acceptance, for a task journeys' commit of the task).
 * Run by hand: {@code ./mvnw -B -ntp -o -pl e2e verify -Dit.test=ActionsBenchmark -Dfailsafe.failIfNoSpecifiedTests=false}.
 */
class ActionsBenchmark {

    private static final String COMMANDS = Topic.ACTIONS_COMMANDS.name();
    private static final String RESULTS = Topic.ACTIONS_RESULTS.name();
    private static final String SCRATCH = "bench.actions.scratch.v1";

    private final int emails = Integer.getInteger("bench.emails", 2000);
    private final int tasks = Integer.getInteger("bench.tasks", 2000);
    private final int rate = Integer.getInteger("bench.rate", 20);
    private final int pacedSeconds = Integer.getInteger("bench.paced-seconds", 30);
    private final int rawRecords = Integer.getInteger("bench.raw-records", 100_000);
    private final int customersCount = Integer.getInteger("bench.customers", 50);

    private Platform platform;
    private String bootstrap;

    @Test
    void actionsPerSecondAndCommandToEffectLatency() throws Exception {
        platform = Platform.get();
        bootstrap = platform.stack.kafkaBootstrapServers();
        BenchKafka.logAppendTime(bootstrap, List.of(COMMANDS, RESULTS, SCRATCH));
        List<UUID> customers = customers();

        double[] raw = rawKafka();
        System.out.printf("BENCH actions: raw kafka %d records of ~600 B: produce %.0f records/s, consume %.0f records/s%n",
                rawRecords, raw[0], raw[1]);

        Phase email = run("email full speed", emails, 0, i -> email(customers.get(i % customers.size())));
        Phase task = run("task full speed", tasks, 0, i -> task(customers.get(i % customers.size()), i));
        Phase emailPaced = run("email paced", rate * pacedSeconds, rate, i -> email(customers.get(i % customers.size())));
        Phase taskPaced = run("task paced", rate * pacedSeconds, rate, i -> task(customers.get(i % customers.size()), i));

        System.out.printf(("BENCH actions: raw kafka produce %.0f/s consume %.0f/s | e-mail %d at full speed: %.1f/s "
                        + "(p50 %.0f ms, p99 %.0f ms) | task %d at full speed: %.1f/s (p50 %.0f ms, p99 %.0f ms) | "
                        + "paced %d/s for %d s: e-mail p50 %.0f ms p99 %.0f ms max %.0f ms, task p50 %.0f ms p99 %.0f ms "
                        + "max %.0f ms | failed steps %d | load %s%n"),
                raw[0], raw[1], email.count, email.rate, email.p50, email.p99, task.count, task.rate, task.p50, task.p99,
                rate, pacedSeconds, emailPaced.p50, emailPaced.p99, emailPaced.max, taskPaced.p50, taskPaced.p99,
                taskPaced.max, email.failed + task.failed + emailPaced.failed + taskPaced.failed, BenchKafka.uptime());
    }

    private record Command(MessageType<?> type, UUID customer, UUID execution, Object payload) {
    }

    private record Phase(int count, double rate, double p50, double p99, double max, int failed) {
    }

    private interface Commands {
        Command make(int i);
    }

    private Command email(UUID customer) {
        UUID execution = UUID.randomUUID();
        String to = "bench." + execution.toString().substring(0, 13) + "@acme.test";
        return new Command(ActionMessages.EMAIL_EXTERNAL, customer, execution, new EmailSend(
                new ExecutionStep(execution, 0, UUID.randomUUID(), 1), customer, List.of(new Recipient("Ana", to, null)),
                List.of(), "Bem-vindo, {customer.name}!", "Olá {recipient.name},\n\nseu contrato começou.",
                Map.of("customer", Map.of("name", "ACME"))));
    }

    private Command task(UUID customer, int i) {
        UUID execution = UUID.randomUUID();
        return new Command(JourneyMessages.JOURNEY_TASK_CREATE, customer, execution, new JourneyTaskCreate(
                new ExecutionStep(execution, 0, UUID.randomUUID(), 1), customer, "Bench task " + i, 3, true,
                LocalDate.now(), null));
    }

    /** Sends {@code count} commands (as fast as possible when {@code perSecond} is 0) and waits for every step result. */
    private Phase run(String name, int count, int perSecond, Commands commands) throws Exception {
        Map<UUID, Long> sent = new ConcurrentHashMap<>();
        Map<UUID, Long> done = new ConcurrentHashMap<>();
        int[] failed = {0};
        long started = System.nanoTime();
        long firstAppend;
        try (KafkaConsumer<String, String> results = BenchKafka.consumer(bootstrap)) {
            List<TopicPartition> partitions = results.partitionsFor(RESULTS).stream()
                    .map(p -> new TopicPartition(RESULTS, p.partition())).toList();
            results.assign(partitions);
            results.seekToEnd(partitions);
            partitions.forEach(results::position);
            try (KafkaProducer<String, String> producer = BenchKafka.producer(bootstrap)) {
                for (int i = 0; i < count; i++) {
                    if (perSecond > 0) {
                        long due = started + (long) (i * 1e9 / perSecond);
                        while (System.nanoTime() < due) {
                            Thread.sleep(1);
                        }
                    }
                    Command command = commands.make(i);
                    var headers = EventHeaders.origin("/services/playbook-runtime", command.type(), "acme", command.customer(),
                            Instant.now());
                    producer.send(BenchKafka.record(COMMANDS, Topic.key("acme", command.customer()),
                            EventJson.write(command.payload()), headers.toMap()), (RecordMetadata metadata, Exception e) -> {
                        if (metadata != null) {
                            sent.put(command.execution(), metadata.timestamp());
                        }
                    });
                    if (perSecond > 0) {
                        drain(results, done, failed);
                    }
                }
                producer.flush();
            }
            firstAppend = sent.values().stream().mapToLong(Long::longValue).min().orElse(0);
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (!done.keySet().containsAll(sent.keySet()) && System.nanoTime() < deadline) {
                drain(results, done, failed);
            }
        }
        double[] latencies = sent.entrySet().stream().filter(e -> done.containsKey(e.getKey()))
                .mapToDouble(e -> done.get(e.getKey()) - e.getValue()).sorted().toArray();
        long lastResult = done.entrySet().stream().filter(e -> sent.containsKey(e.getKey()))
                .mapToLong(Map.Entry::getValue).max().orElse(firstAppend);
        double seconds = Math.max(0.001, (lastResult - firstAppend) / 1000.0);
        Phase phase = new Phase(latencies.length, latencies.length / seconds, BenchKafka.pct(latencies, 50),
                BenchKafka.pct(latencies, 99),
                latencies.length == 0 ? 0 : latencies[latencies.length - 1], failed[0]);
        System.out.printf("BENCH actions: %s: %d sent, %d results in %.1f s = %.1f/s, p50 %.0f ms, p99 %.0f ms, max %.0f ms, "
                + "failed %d%n", name, sent.size(), latencies.length, seconds, phase.rate(), phase.p50(), phase.p99(),
                phase.max(), failed[0]);
        return phase;
    }

    private static void drain(KafkaConsumer<String, String> results, Map<UUID, Long> done, int[] failed) {
        for (ConsumerRecord<String, String> r : results.poll(Duration.ofMillis(20))) {
            var json = BenchKafka.json(r.value());
            String execution = json.path("source").path("executionId").asText(null);
            if (execution != null) {
                done.put(UUID.fromString(execution), r.timestamp());
                if (!"SUCCEEDED".equals(json.path("status").asText())) {
                    failed[0]++;
                }
            }
        }
    }

    /** Customers journeys knows (a task needs one), created over REST. */
    private List<UUID> customers() throws InterruptedException {
        String admin = platform.stack.token("acme-admin", "acme-admin");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < customersCount; i++) {
            String id = given().baseUri(platform.url("customers")).auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("name", "Bench " + UUID.randomUUID())).post("/api/v1/customers")
                    .then().statusCode(201).extract().path("id");
            ids.add(UUID.fromString(id));
        }
        UUID last = ids.get(ids.size() - 1);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (given().baseUri(platform.url("journeys")).auth().oauth2(admin).get("/api/v1/customers/" + last + "/tasks")
                .statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return ids;
    }

    private double[] rawKafka() throws Exception {
        String value = EventJson.write(email(UUID.randomUUID()).payload());
        var headers = EventHeaders.origin("/bench", ActionMessages.EMAIL_EXTERNAL, "acme", UUID.randomUUID(), Instant.now())
                .toMap();
        return BenchKafka.throughput(bootstrap, SCRATCH, rawRecords, value, headers);
    }
}
