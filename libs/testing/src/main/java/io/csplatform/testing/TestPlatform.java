package io.csplatform.testing;

import io.csplatform.devstack.DevStack;
import io.csplatform.events.ContractSchemas;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.MessageType;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.CustomerCreated;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a service's tests share: tokens, customers announced on Kafka, ERP messages, and the service's events read
 * back and schema-checked. An instance names the service: its events topic and the customer resource that answers
 * 200 once the service knows a customer ({@code /api/v1/customers/{id}/<customerResource>}).
 */
public final class TestPlatform {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final Topic eventsTopic;
    private final String customerResource;

    public TestPlatform(Topic eventsTopic, String customerResource) {
        this.eventsTopic = eventsTopic;
        this.customerResource = customerResource;
    }

    public static DevStack stack() {
        return SharedDevStack.get();
    }

    /**
     * The access token of a realm user (password = user name), fetched once per test JVM: the realm's tokens live an
     * hour, longer than any module's tests.
     */
    public static String token(String user) {
        return TOKENS.computeIfAbsent(user, name -> stack().token(name, name));
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asIntegration(String tenant) {
        String client = tenant + "-integration";
        String token = TOKENS.computeIfAbsent("client:" + client, key -> stack().clientToken(client, client + "-secret"));
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Publishes {@code customer.created} as the customers service would, and waits until the service knows it. */
    public UUID customer(String tenant, String externalId) {
        UUID id = UUID.randomUUID();
        var created = new CustomerCreated(id, "Customer " + id, externalId, "active", null);
        var headers = EventHeaders.origin("/services/customers", CustomerMessages.CUSTOMER_CREATED, tenant, id, Instant.now());
        try (KafkaProbe kafka = KafkaProbe.of(stack())) {
            kafka.publish(Topic.CUSTOMERS_EVENTS.name(), Topic.key(tenant, id), EventJson.write(created), headers.toMap());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> as(tenant + "-csm")
                .get("/api/v1/customers/" + id + "/" + customerResource).statusCode() == 200);
        return id;
    }

    /**
     * Publishes an ERP message as the tenant's ERP would: authenticated as the tenant's integration, on the tenant's
     * copy of the ERP ingest topic ({@code cs.tenant.<tenant>.ingest.erp.v1}), keyed by the customer's external id.
     */
    public static Map<String, String> erp(String tenant, String type, String key, Object payload) {
        MessageType<?> messageType = io.csplatform.events.MessageTypes.byName(type)
                .orElse(new MessageType<>(type, Object.class, MessageType.Kind.EVENT));
        var headers = EventHeaders.origin("/erp/" + tenant, messageType, tenant, key, Instant.now()).toMap();
        try (KafkaProbe kafka = KafkaProbe.asIntegration(stack(), tenant)) {
            kafka.publish(Topic.INGEST_ERP.forTenant(tenant), key, payload instanceof String text ? text : EventJson.write(payload),
                    headers);
        }
        return headers;
    }

    /** The dead-lettered ERP message with this {@code ce_id}. */
    public static KafkaMessage deadLettered(Map<String, String> headers) {
        try (KafkaProbe kafka = KafkaProbe.of(stack())) {
            return kafka.await(Topic.INGEST_ERP.deadLetterName(), m -> headers.get("ce_id").equals(m.header("ce_id")),
                    Duration.ofSeconds(60));
        }
    }

    /** A customer with an external id, as the ERP knows it. */
    public String erpCustomer(String tenant) {
        String externalId = "erp-" + UUID.randomUUID();
        customer(tenant, externalId);
        return externalId;
    }

    /** The events of {@code type} for the customer on the service's events topic, each valid against its schema. */
    public List<KafkaMessage> events(String tenant, UUID customerId, MessageType<?> type, int count) {
        try (KafkaProbe kafka = KafkaProbe.of(stack())) {
            List<KafkaMessage> found = kafka.awaitAll(eventsTopic.name(),
                    m -> Topic.key(tenant, customerId).equals(m.key()) && type.name().equals(m.header("ce_type")),
                    count, Duration.ofSeconds(60));
            found.forEach(m -> assertThat(ContractSchemas.violations(type, m.value())).as(m.value()).isEmpty());
            return found;
        }
    }

    /** The payload as a map; every number as a double, so assertions need not care about scale. */
    public static Map<String, Object> json(KafkaMessage message) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) plain(EventJson.MAPPER.readTree(message.value()));
            return map;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static Object plain(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isObject()) {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), plain(field.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new java.util.ArrayList<>();
            node.forEach(item -> list.add(plain(item)));
            return list;
        }
        return node.isNull() ? null : node.isBoolean() ? (Object) node.booleanValue() : node.asText();
    }
}
