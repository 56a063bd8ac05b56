package io.csplatform.journeys.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.ActionMessages;
import io.csplatform.events.ContractMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.MessageType;
import io.csplatform.events.MessageTypes;
import io.csplatform.events.ContractSchemas;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.SharedDevStack;
import io.csplatform.testing.TestPlatform;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Tokens of the realm's users, requests as them, commands to and events from Kafka, all on the shared dev stack. */
public final class Stack {

    public static final String ACME = "acme";
    private static final KafkaProbe KAFKA = KafkaProbe.of(SharedDevStack.get());
    private static final TestPlatform CUSTOMERS = new TestPlatform(Topic.JOURNEYS_EVENTS, "tasks");

    private Stack() {
    }

    /** A request as {@code user} (password = user name), JSON body. */
    public static RequestSpecification as(String user) {
        String token = TestPlatform.token(user);
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A customer of {@code tenant}, announced on Kafka as the customers service would, once journeys knows it. */
    public static UUID customer(String tenant) {
        return CUSTOMERS.customer(tenant, null);
    }

    /** A customer of tenant acme (see {@link #customer(String)}). */
    public static UUID customer() {
        return customer(ACME);
    }

    /** The id of the tenant acme's starter template {@code key}. */
    public static String starter(String key) {
        return as("acme-csm").get("/api/v1/journey-templates").then().statusCode(200)
                .extract().path("items.find { it.starterKey == '" + key + "' }.id");
    }

    /** Publishes a command for {@code customerId} of tenant acme; answers its headers (republish them to redeliver). */
    public static <T> Map<String, String> send(MessageType<T> type, UUID customerId, T payload) {
        Map<String, String> headers = EventHeaders.origin("/services/actions", type, ACME, customerId, Instant.now()).toMap();
        resend(headers, customerId, payload);
        return headers;
    }

    /** Publishes the same command again, same ce_id: a redelivery. */
    public static void resend(Map<String, String> headers, UUID customerId, Object payload) {
        String topic = headers.get("ce_type").startsWith("customer.") ? Topic.CUSTOMERS_EVENTS.name()
                : Topic.JOURNEYS_COMMANDS.name();
        KAFKA.publish(topic, Topic.key(ACME, customerId), EventJson.write(payload), headers);
    }

    /** Publishes a customers event, or a contracts event on the contracts topic, as its service would. */
    public static void publishEvent(MessageType<?> type, String tenant, UUID customerId, Object payload) {
        boolean contract = ContractMessages.ALL.contains(type);
        Map<String, String> headers = EventHeaders.origin(contract ? "/services/contracts" : "/services/customers", type,
                tenant, customerId, Instant.now()).toMap();
        KAFKA.publish((contract ? Topic.CONTRACTS_EVENTS : Topic.CUSTOMERS_EVENTS).name(), Topic.key(tenant, customerId),
                EventJson.write(payload), headers);
    }

    /** Waits for the customer's event of {@code type} matching {@code text}, checks it against its schema and answers it. */
    public static KafkaMessage awaitEvent(MessageType<?> type, UUID customerId, String text) {
        KafkaMessage message = compact(KAFKA.await(Topic.JOURNEYS_EVENTS.name(), m -> type.name().equals(m.header("ce_type"))
                && customerId.toString().equals(m.header("ce_subject")) && compact(m).value().contains(text),
                Duration.ofSeconds(60)));
        assertValid(message);
        return message;
    }

    /** Every journeys event of the customer now on Kafka, each checked against its schema. */
    public static List<KafkaMessage> events(UUID customerId) {
        List<KafkaMessage> events = KAFKA.readAll(Topic.JOURNEYS_EVENTS.name()).stream()
                .filter(m -> customerId.toString().equals(m.header("ce_subject"))).map(Stack::compact).toList();
        events.forEach(Stack::assertValid);
        return events;
    }

    /** Waits for the {@code action.result} of the playbook step, checks it against its schema and answers it. */
    public static KafkaMessage awaitResult(ExecutionStep step) {
        KafkaMessage result = KAFKA.await(Topic.ACTIONS_RESULTS.name(), m -> isOf(step, m), Duration.ofSeconds(60));
        assertThat(ContractSchemas.violations(ActionMessages.ACTION_RESULT, result.value())).as(result.value()).isEmpty();
        return result;
    }

    /** Every {@code action.result} now on Kafka that matches. */
    public static List<KafkaMessage> results(Predicate<KafkaMessage> match) {
        return KAFKA.readAll(Topic.ACTIONS_RESULTS.name()).stream().filter(match).toList();
    }

    /** Every {@code action.result} of the playbook step now on Kafka. */
    public static List<KafkaMessage> results(ExecutionStep step) {
        return results(m -> isOf(step, m));
    }

    public static JsonNode json(KafkaMessage message) {
        try {
            return EventJson.MAPPER.readTree(message.value());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("payload is not JSON: " + message.value(), e);
        }
    }

    private static boolean isOf(ExecutionStep step, KafkaMessage message) {
        JsonNode source = json(message).path("source");
        return step.executionId().toString().equals(source.path("executionId").asText())
                && source.path("step").asInt() == step.step();
    }

    public static List<KafkaMessage> deadLetters(Map<String, String> command) {
        return KAFKA.readAll(Topic.JOURNEYS_COMMANDS.deadLetterName()).stream()
                .filter(m -> command.get("ce_id").equals(m.header("ce_id"))).toList();
    }

    /** The message with its payload re-written compactly ({@code "a":1}), as the relay stores it in jsonb form. */
    private static KafkaMessage compact(KafkaMessage m) {
        try {
            String value = EventJson.MAPPER.writeValueAsString(EventJson.MAPPER.readTree(m.value()));
            return new KafkaMessage(m.topic(), m.partition(), m.offset(), m.key(), value, m.headers());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("event payload is not JSON: " + m.value(), e);
        }
    }

    private static void assertValid(KafkaMessage message) {
        MessageType<?> type = MessageTypes.ALL.stream()
                .filter(t -> t.kind() == MessageType.Kind.EVENT && t.name().equals(message.header("ce_type")))
                .findFirst().orElseThrow(() -> new AssertionError("unknown event type " + message.header("ce_type")));
        assertThat(ContractSchemas.violations(type, message.value())).as(message.value()).isEmpty();
        assertThat(message.header("ce_dataschema")).isEqualTo(type.dataschema());
        assertThat(message.key()).isEqualTo(message.header("ce_tenantid") + ":" + message.header("ce_subject"));
    }
}
