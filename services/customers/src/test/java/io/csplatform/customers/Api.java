package io.csplatform.customers;

import io.csplatform.events.ContractSchemas;
import io.csplatform.events.MessageType;
import io.csplatform.events.Topic;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.SharedDevStack;
import io.csplatform.testing.TestPlatform;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** What the customers tests share: real tokens per realm user, requests as them, events read back from Kafka. */
public final class Api {

    public static final String ACME_ADMIN = "acme-admin";
    public static final String ACME_CSM = "acme-csm";
    public static final String GLOBEX_ADMIN = "globex-admin";


    private Api() {
    }

    /** A JSON request with the bearer token of a realm user (password = user name). */
    public static RequestSpecification as(String user) {
        return given().auth().oauth2(TestPlatform.token(user)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String createCustomer(String user, Map<String, ?> body) {
        return as(user).body(body).post("/api/v1/customers").then().statusCode(201).extract().path("id");
    }

    public static String createCustomer(String user) {
        return createCustomer(user, Map.of("name", unique("Customer")));
    }

    /** Waits for {@code count} events of {@code type} about {@code customerId}; each must satisfy its JSON Schema. */
    public static List<KafkaMessage> events(MessageType<?> type, Object customerId, int count) {
        try (KafkaProbe kafka = KafkaProbe.of(SharedDevStack.get())) {
            List<KafkaMessage> found = kafka.awaitAll(Topic.CUSTOMERS_EVENTS.name(),
                    m -> type.name().equals(m.header("ce_type")) && customerId.toString().equals(m.header("ce_subject")),
                    count, Duration.ofSeconds(60));
            found.forEach(m -> assertThat(ContractSchemas.violations(type, m.value())).as(m.value()).isEmpty());
            return found;
        }
    }

    public static com.fasterxml.jackson.databind.JsonNode json(KafkaMessage message) {
        try {
            return io.csplatform.events.EventJson.MAPPER.readTree(message.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Publishes a command or event as another service would (CloudEvents headers, key tenant:customer); answers its ce_id. */
    public static <T> String send(io.csplatform.events.Topic topic, MessageType<T> type, String tenant, Object customerId,
                                  T payload) {
        String json = io.csplatform.events.EventJson.write(payload);
        assertThat(ContractSchemas.violations(type, json)).as(json).isEmpty();
        io.csplatform.events.EventHeaders headers = io.csplatform.events.EventHeaders.origin("/services/tests", type, tenant,
                customerId, java.time.Instant.now());
        try (KafkaProbe kafka = KafkaProbe.of(SharedDevStack.get())) {
            kafka.publish(topic.name(), Topic.key(tenant, customerId), json, headers.toMap());
        }
        return headers.id().toString();
    }

    public static KafkaMessage event(MessageType<?> type, Object customerId) {
        return events(type, customerId, 1).get(0);
    }
}
