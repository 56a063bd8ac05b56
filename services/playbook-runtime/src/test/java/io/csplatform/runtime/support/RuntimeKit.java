package io.csplatform.runtime.support;

import io.csplatform.events.ContractSchemas;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.MessageType;
import io.csplatform.events.MessageTypes;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the runtime's integration tests share: domain events published straight to their Kafka topic as the owning
 * service would (schema-checked first), customers the runtime knows, active playbooks, and the evaluations and
 * executions read back over REST.
 */
public final class RuntimeKit {

    public static final String TENANT = "acme";
    public static final String ADMIN = "acme-admin";

    private RuntimeKit() {
    }

    /** The topic of an event type, as the services publish them. */
    public static String topic(String type) {
        if (type.startsWith("customer.mrr")) {
            return "cs.contracts.events.v1";
        }
        if (type.startsWith("customer.") || type.startsWith("contact.") || type.startsWith("tenant.")) {
            return "cs.customers.events.v1";
        }
        if (type.startsWith("contract.")) {
            return "cs.contracts.events.v1";
        }
        if (type.startsWith("charge.") || type.startsWith("sale.")) {
            return "cs.finance.events.v1";
        }
        if (type.startsWith("journey.") || type.startsWith("board.")) {
            return "cs.journeys.events.v1";
        }
        if (type.startsWith("ticket.")) {
            return "cs.tickets.events.v1";
        }
        if (type.startsWith("nps.") || type.startsWith("csat.") || type.startsWith("survey.")) {
            return "cs.surveys.events.v1";
        }
        if (type.startsWith("tracking.") || type.startsWith("user.")) {
            return "cs.tracking.events.v1";
        }
        if (type.startsWith("action.")) {
            return "cs.actions.results.v1";
        }
        if (type.startsWith("healthscore.")) {
            return "cs.healthscore.events.v1";
        }
        throw new IllegalArgumentException("no topic for " + type);
    }

    public static EventHeaders publish(UUID customer, String type, Object payload) {
        return publish(TENANT, customer, type, payload, Instant.now());
    }

    /** Publishes an event of {@code type} for the customer, valid against its schema, with the given event time. */
    public static EventHeaders publish(String tenant, UUID customer, String type, Object payload, Instant time) {
        MessageType<?> messageType = MessageTypes.ALL.stream()
                .filter(t -> t.name().equals(type) && t.kind() == MessageType.Kind.EVENT).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + type));
        String json = payload instanceof String text ? text : EventJson.write(payload);
        assertThat(ContractSchemas.violations(messageType, json)).as(type + " " + json).isEmpty();
        EventHeaders headers = EventHeaders.origin("/services/test", messageType, tenant, customer, time);
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            kafka.publish(topic(type), tenant + ":" + customer, json, headers.toMap());
        }
        return headers;
    }

    /** Publishes an event as the {@code depth}-th link of a causation chain (ce_depth), as a command's effect would. */
    public static EventHeaders publishAtDepth(UUID customer, String type, Object payload, int depth) {
        MessageType<?> messageType = MessageTypes.byName(type).orElseThrow();
        EventHeaders origin = EventHeaders.origin("/services/test", messageType, TENANT, customer, Instant.now());
        EventHeaders headers = new EventHeaders(origin.id(), origin.source(), origin.type(), origin.dataschema(),
                origin.subject(), origin.time(), TENANT, UUID.randomUUID(), UUID.randomUUID(), depth);
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            kafka.publish(topic(type), TENANT + ":" + customer, EventJson.write(payload), headers.toMap());
        }
        return headers;
    }

    /** A customer the runtime knows (customer.created with a main contact), status {@code active}. */
    public static UUID customer() {
        return customer(UUID.randomUUID());
    }

    /** The same, with the given id. */
    public static UUID customer(UUID id) {
        publish(id, "customer.created", Map.of("customerId", id, "name", "Customer " + id, "status", "active",
                "mainContact", Map.of("contactId", UUID.randomUUID(), "name", "Ana", "email", "ana-" + id + "@example.com")));
        awaitKnown(id);
        return id;
    }

    public static void awaitKnown(UUID customer) {
        await().atMost(Duration.ofSeconds(60)).until(() -> as(ADMIN).get("/api/v1/customers/" + customer + "/facts")
                .statusCode() == 200);
    }

    /** The facts the runtime holds for a customer, as JSON. */
    public static JsonPath facts(UUID customer) {
        return as(ADMIN).get("/api/v1/customers/" + customer + "/facts").then().statusCode(200).extract().jsonPath();
    }

    /** Creates and activates a playbook; answers its id. */
    public static String activePlaybook(Map<String, Object> definition) {
        String id = as(ADMIN).body(definition).post("/api/v1/playbooks").then().statusCode(201).extract().path("id");
        as(ADMIN).post("/api/v1/playbooks/" + id + "/activate").then().statusCode(200);
        return id;
    }

    /** A playbook on {@code trigger} creating one task; {@code conditions} may be null. */
    public static Map<String, Object> playbook(String name, String trigger, Map<String, Object> params,
                                               Map<String, Object> conditions) {
        Map<String, Object> definition = new java.util.LinkedHashMap<>();
        definition.put("name", name);
        definition.put("trigger", params == null ? Map.of("type", trigger) : Map.of("type", trigger, "params", params));
        if (conditions != null) {
            definition.put("conditions", conditions);
        }
        definition.put("actions", List.of(Map.of("type", "journey.task.create",
                "params", Map.of("title", name, "dueInDays", 1))));
        return definition;
    }

    /** A condition no customer passes (its status is never this). */
    public static Map<String, Object> never() {
        return Map.of("type", "customer.status", "params", Map.of("in", List.of("no-such-status")));
    }

    /** The customer's evaluations of a playbook, newest first. */
    public static List<Map<String, Object>> evaluations(String playbook, UUID customer) {
        List<Map<String, Object>> items = as(ADMIN).get("/api/v1/customers/" + customer + "/evaluations?limit=500")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(e -> playbook.equals(e.get("playbookId"))).toList();
    }

    /** The executions of a playbook for one customer. */
    public static List<Map<String, Object>> executions(String playbook, UUID customer) {
        List<Map<String, Object>> items = as(ADMIN).get("/api/v1/playbooks/" + playbook + "/executions?limit=500&customerId="
                        + customer).then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(e -> customer.toString().equals(e.get("customerId"))).toList();
    }

    /** Waits until both playbooks were evaluated for the customer; answers the executions of each. */
    public static void awaitEvaluated(String playbook, UUID customer, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> evaluations(playbook, customer).size() >= count);
    }
}
