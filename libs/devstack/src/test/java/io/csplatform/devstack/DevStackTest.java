package io.csplatform.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts the real dev stack once and checks the outbox relay, Keycloak tokens and the SMTP sink. */
class DevStackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static DevStack stack;

    @BeforeAll
    static void start() {
        stack = DevStack.start(DevStackConfig.forTests(DevStackConfig.homeFromSystemProperty()));
        System.out.println("dev stack start times: " + stack.startTimes());
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            System.out.println("dev stack RSS (kB): " + stack.rssKb());
            stack.close();
        }
    }

    @Test
    void outboxRowOfATableCreatedAfterTheRelayStartedArrivesOnItsTopic() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String key = "acme:" + UUID.randomUUID();
        Map<String, String> headers = Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_type", "smoke.happened",
                "ce_source", "/services/smoke", "ce_tenantid", "acme", "ce_subject", key.substring(5));
        String storedPayload;
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl("smoke"), stack.postgresUser(), stack.postgresPassword());
                Statement ddl = db.createStatement()) {
            ddl.execute("create schema if not exists smoke");
            ddl.execute("create table smoke.outbox (id uuid primary key, aggregatetype varchar(255) not null,"
                    + " aggregateid varchar(255) not null, type varchar(255) not null, payload jsonb not null,"
                    + " headers jsonb not null, created_at timestamptz not null default now())");
            // what every service's Flyway does next (libs/outbox db/outbox): the table joins the relay's publication
            ddl.execute("set search_path to smoke");
            ddl.execute(java.nio.file.Files.readString(java.nio.file.Path.of(
                    "../outbox/src/main/resources/db/outbox/R__outbox_publication.sql")));
            try (PreparedStatement insert = db.prepareStatement("insert into outbox (id, aggregatetype, aggregateid, type,"
                    + " payload, headers) values (?::uuid, 'smoke.events', ?, 'smoke.happened', ?::jsonb, ?::jsonb)"
                    + " returning payload::text")) {
                insert.setString(1, eventId);
                insert.setString(2, key);
                insert.setString(3, "{\"customerId\":\"c-1\",\"mrr\":1234.50,\"tags\":[\"vip\",\"émoji ✓\"],\"owner\":null}");
                insert.setString(4, JSON.writeValueAsString(headers));
                ResultSet returned = insert.executeQuery();
                returned.next();
                storedPayload = returned.getString(1);
            }
        }

        ConsumerRecord<String, String> record = readUntil("cs.smoke.events.v1", r -> key.equals(r.key()));

        assertThat(record.value()).isEqualTo(storedPayload);
        JsonNode value = JSON.readTree(record.value());
        assertThat(value.isObject()).isTrue();
        assertThat(value.get("customerId").asText()).isEqualTo("c-1");
        assertThat(value.get("tags").get(1).asText()).isEqualTo("émoji ✓");
        Map<String, String> received = new HashMap<>();
        for (Header header : record.headers()) {
            received.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        assertThat(received).containsAllEntriesOf(headers).doesNotContainKey("cs_headers");
        assertThat(received.keySet()).noneMatch(name -> name.startsWith("__debezium"));
    }

    @Test
    void userTokenCarriesTenantAndRoles() throws Exception {
        JsonNode claims = claims(stack.token("acme-csm", "acme-csm"));
        assertThat(claims.get("tenant_id").asText()).isEqualTo("acme");
        assertThat(roles(claims)).contains("csm").doesNotContain("cs-admin");
        assertThat(claims.get("iss").asText()).isEqualTo(stack.oidcIssuer());

        assertThat(roles(claims(stack.token("globex-admin", "globex-admin"))))
                .contains("cs-admin", "csm", "customer-owners:manage", "playbooks:manage");
    }

    @Test
    void serviceAccountTokenCarriesTenantAndIntegrationRole() throws Exception {
        JsonNode claims = claims(stack.clientToken("acme-integration", "acme-integration-secret"));
        assertThat(claims.get("tenant_id").asText()).isEqualTo("acme");
        assertThat(roles(claims)).contains("integration");
        assertThat(claims(stack.clientToken("globex-integration", "globex-integration-secret")).get("tenant_id").asText())
                .isEqualTo("globex");
    }

    @Test
    void mailSentToTheSmtpPortIsReceived() throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "localhost");
        props.put("mail.smtp.port", Integer.toString(stack.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("noreply@cs-platform.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("owner@acme.example.com"));
        String subject = "Renewal in 30 days " + UUID.randomUUID();
        message.setSubject(subject);
        message.setText("Hello");
        Transport.send(message);

        await().atMost(Duration.ofSeconds(10)).until(() -> stack.receivedMails().stream()
                .anyMatch(mail -> subjectOf(mail).equals(subject)));
    }

    private static ConsumerRecord<String, String> readUntil(String topic,
            java.util.function.Predicate<ConsumerRecord<String, String>> match) {
        Properties props = new Properties();
        props.putAll(stack.kafkaClientConfig());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "devstack-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (match.test(r)) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
        }
        return found.get(0);
    }

    private static JsonNode claims(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static List<String> roles(JsonNode claims) {
        List<String> roles = new ArrayList<>();
        claims.get("realm_access").get("roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
