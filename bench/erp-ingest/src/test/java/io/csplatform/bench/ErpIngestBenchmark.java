package io.csplatform.bench;

import io.csplatform.devstack.DevStack;
import io.csplatform.devstack.Ports;
import io.csplatform.devstack.ServiceProcess;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.IngestMessages;
import io.csplatform.events.MessageType;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.CustomerCreated;
import io.csplatform.testing.SharedDevStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Run by hand, not in CI (the class name is not a surefire test pattern):
 * {@code ./mvnw -B -ntp verify -pl bench/erp-ingest -am -Dtest=ErpIngestBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dbench.messages=100000] [-Dbench.customers=1000]}.
 * <p>
 * Starts the real infrastructure and the contracts and finance services (their packaged jars), announces the
 * customers on {@code cs.customers.events.v1}, then produces the ERP messages on {@code cs.tenant.acme.ingest.erp.v1} in groups
 * of four per customer (contract, UPSELL amendment, charge, sale; a quarter each) and measures until every message
 * was applied and every resulting domain event (7 per group) reached Kafka through the outbox and Debezium.
 */
class ErpIngestBenchmark {

    private static final int MESSAGES = Integer.getInteger("bench.messages", 100_000);
    private static final int CUSTOMERS = Integer.getInteger("bench.customers", 1_000);
    private static final String INGEST = Topic.INGEST_ERP.forTenant("acme");

    @Test
    void ingest() throws Exception {
        DevStack stack = SharedDevStack.get();
        String kafka = stack.kafkaBootstrapServers();
        createTopics(kafka);
        List<ServiceProcess> services = List.of(start(stack, "contracts"), start(stack, "finance"));
        try (KafkaProducer<String, String> producer = producer(kafka)) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            for (int c = 0; c < CUSTOMERS; c++) {
                UUID id = UUID.randomUUID();
                send(producer, Topic.CUSTOMERS_EVENTS.name(), Topic.key("acme", id), CustomerMessages.CUSTOMER_CREATED, id,
                        new CustomerCreated(id, "Bench " + c, customer(run, c), "active", null));
            }
            producer.flush();
            awaitConsumed(kafka, "contracts", Topic.CUSTOMERS_EVENTS.name(), Duration.ofMinutes(5));
            awaitConsumed(kafka, "finance", Topic.CUSTOMERS_EVENTS.name(), Duration.ofMinutes(5));

            int groups = MESSAGES / 4;
            long contractsBefore = endOffsets(kafka, Topic.CONTRACTS_EVENTS.name());
            long financeBefore = endOffsets(kafka, Topic.FINANCE_EVENTS.name());
            Instant start = Instant.now();
            for (int g = 0; g < groups; g++) {
                String customer = customer(run, g % CUSTOMERS);
                String contract = "c-" + run + "-" + g;
                send(producer, customer, IngestMessages.ERP_CONTRACT, Map.of("customerExternalId", customer,
                        "externalId", contract, "version", 1, "mrr", new BigDecimal("100.00"), "currency", "BRL",
                        "startDate", "2026-01-01", "endDate", "2026-12-31"));
                send(producer, customer, IngestMessages.ERP_AMENDMENT, Map.of("customerExternalId", customer,
                        "contractExternalId", contract, "externalId", "a-" + run + "-" + g, "version", 1, "kind", "UPSELL",
                        "mrr", new BigDecimal("120.00"), "effectiveDate", "2026-06-01"));
                send(producer, customer, IngestMessages.ERP_CHARGE, Map.of("customerExternalId", customer,
                        "externalId", "ch-" + run + "-" + g, "version", 1, "amount", new BigDecimal("120.00"),
                        "currency", "BRL", "dueDate", "2030-01-10", "status", "open"));
                send(producer, customer, IngestMessages.ERP_SALE, Map.of("customerExternalId", customer,
                        "externalId", "s-" + run + "-" + g, "version", 1, "product", "Training",
                        "amount", new BigDecimal("10.00"), "currency", "BRL", "soldOn", "2026-05-05"));
            }
            producer.flush();
            Duration produced = Duration.between(start, Instant.now());
            long expectedContractEvents = 4L * groups; // contract.created, 2 × customer.mrr.changed, contract.mrr.changed
            long expectedFinanceEvents = 2L * groups;  // charge.upserted, sale.recorded
            Duration applied = awaitEvents(kafka, start, Topic.CONTRACTS_EVENTS.name(), contractsBefore
                    + expectedContractEvents, Topic.FINANCE_EVENTS.name(), financeBefore + expectedFinanceEvents);
            // nothing doubled: a few seconds after the last expected event, still exactly the expected counts;
            // order kept: every amendment names a contract of the message before it (same customer, same partition),
            // so one applied out of order would be rejected as an unknown contract and parked
            Thread.sleep(5_000);
            long contractEvents = endOffsets(kafka, Topic.CONTRACTS_EVENTS.name()) - contractsBefore;
            long financeEvents = endOffsets(kafka, Topic.FINANCE_EVENTS.name()) - financeBefore;
            assertThat(contractEvents).as("contract events").isEqualTo(expectedContractEvents);
            assertThat(financeEvents).as("finance events").isEqualTo(expectedFinanceEvents);
            assertThat(endOffsets(kafka, Topic.INGEST_ERP.deadLetterName())).as("dead-lettered").isZero();
            double[] raw = io.csplatform.testing.BenchKafka.throughput(kafka, "bench.raw.erp", 200_000,
                    "x".repeat(300), Map.of());

            int total = groups * 4;
            System.out.printf("%nERP ingest benchmark: %,d messages (%,d customers)%n", total, CUSTOMERS);
            System.out.printf("  produced in            %6.1f s (%,.0f msg/s)%n", seconds(produced), total / seconds(produced));
            System.out.printf("  applied and published  %6.1f s end to end (%,.0f msg/s; %,d domain events)%n",
                    seconds(applied), total / seconds(applied), expectedContractEvents + expectedFinanceEvents);
            System.out.printf("  exactly once           %,d contract + %,d finance events, 0 dead-lettered%n",
                    contractEvents, financeEvents);
            System.out.printf("  raw Kafka, same run    produce %,.0f / consume %,.0f records/s (200,000 x 300 B)%n%n",
                    raw[0], raw[1]);
            for (ServiceProcess service : services) {
                System.out.printf("  %-10s RSS %,d kB; transactions: %s%n", service.name(), service.rssKb(),
                        groups(service));
            }
        } finally {
            services.forEach(ServiceProcess::close);
        }
    }

    /** The service's commit groups from its metrics: messages/transactions per outcome (committed, split, alone). */
    private static String groups(ServiceProcess service) {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + service.port() + "/q/metrics")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofLines());
            Map<String, double[]> byOutcome = new java.util.TreeMap<>();
            response.body().filter(line -> line.startsWith("cs_commit_group")).forEach(line -> {
                var outcome = java.util.regex.Pattern.compile("outcome=\"([a-z]+)\"").matcher(line);
                if (outcome.find()) {
                    double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    byOutcome.computeIfAbsent(outcome.group(1), k -> new double[2])
                            [line.startsWith("cs_commit_group_messages") ? 0 : 1] += value;
                }
            });
            return byOutcome.entrySet().stream().map(e -> String.format("%s %,.0f messages in %,.0f", e.getKey(),
                    e.getValue()[0], e.getValue()[1])).collect(Collectors.joining(", "));
        } catch (Exception e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    private static Duration awaitEvents(String kafka, Instant start, String contractsTopic, long contractEvents,
                                        String financeTopic, long financeEvents) {
        await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            long contracts = endOffsets(kafka, contractsTopic);
            long finance = endOffsets(kafka, financeTopic);
            System.out.printf("  %5.0f s: %,d / %,d contract events, %,d / %,d finance events%n",
                    seconds(Duration.between(start, Instant.now())), contracts, contractEvents, finance, financeEvents);
            return contracts >= contractEvents && finance >= financeEvents;
        });
        return Duration.between(start, Instant.now());
    }

    private static void awaitConsumed(String kafka, String group, String topic, Duration timeout) {
        try (Admin admin = admin(kafka)) {
            await().atMost(timeout).pollInterval(Duration.ofSeconds(1)).until(() -> {
                var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                        .all().get();
                var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                return partitions.stream().allMatch(p -> committed.get(p) != null
                        && committed.get(p).offset() >= ends.get(p).offset());
            });
        }
    }

    private static long endOffsets(String kafka, String topic) throws Exception {
        try (Admin admin = admin(kafka)) {
            var topics = admin.listTopics().names().get();
            if (!topics.contains(topic)) {
                return 0;
            }
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get().values().stream().mapToLong(info -> info.offset()).sum();
        }
    }

    private static void createTopics(String kafka) throws Exception {
        try (Admin admin = admin(kafka)) {
            var existing = admin.listTopics().names().get();
            List<NewTopic> topics = new ArrayList<>();
            for (String topic : List.of(INGEST, Topic.CUSTOMERS_EVENTS.name(), "bench.raw.erp")) {
                if (!existing.contains(topic)) {
                    topics.add(new NewTopic(topic, 3, (short) 1));
                }
            }
            admin.createTopics(topics).all().get();
        }
    }

    private static ServiceProcess start(DevStack stack, String name) {
        Path home = Path.of(System.getProperty("cs.home", "../.."));
        Path jar = home.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        return ServiceProcess.start(name, jar, Ports.free(), stack.quarkusConfig(name),
                home.resolve("bench/erp-ingest/target/logs").resolve(name + ".log"));
    }

    private static void send(KafkaProducer<String, String> producer, String key, MessageType<?> type, Object payload) {
        send(producer, INGEST, key, type, key, payload);
    }

    private static void send(KafkaProducer<String, String> producer, String topic, String key, MessageType<?> type,
                             Object subject, Object payload) {
        RecordHeaders headers = new RecordHeaders();
        EventHeaders.origin("/bench", type, "acme", subject, Instant.now()).toMap()
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        producer.send(new ProducerRecord<>(topic, null, key, EventJson.write(payload), headers));
    }

    private static String customer(String run, int index) {
        return "bench-" + run + "-" + index;
    }

    private static KafkaProducer<String, String> producer(String kafka) {
        Properties props = new Properties();
        props.putAll(io.csplatform.devstack.KafkaAccess.platformClient());
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static Admin admin(String kafka) {
        return io.csplatform.testing.BenchKafka.admin(kafka);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
