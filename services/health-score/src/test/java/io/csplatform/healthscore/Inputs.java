package io.csplatform.healthscore;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.ActionMessages;
import io.csplatform.events.ContractSchemas;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.HealthScoreMessages;
import io.csplatform.events.MessageType;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.HealthScoreSet;
import io.csplatform.events.payload.TrackingDayRolledUp;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
import io.restassured.path.json.JsonPath;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.csplatform.testing.TestPlatform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The inputs of the health score published as their services would, and what the service answers and publishes. */
final class Inputs {

    static final TestPlatform PLATFORM = new TestPlatform(Topic.HEALTHSCORE_EVENTS, "health-score");
    static final Duration WAIT = Duration.ofSeconds(60);
    static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
    private static final KafkaProbe KAFKA = KafkaProbe.of(TestPlatform.stack());

    private Inputs() {
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** Publishes an event of another service on its topic; answers its headers. */
    static <T> Map<String, String> publish(Topic topic, MessageType<T> type, String tenant, UUID customer, T payload) {
        var headers = EventHeaders.origin("/services/test", type, tenant, customer, Instant.now()).toMap();
        KAFKA.publish(topic.name(), Topic.key(tenant, customer), EventJson.write(payload), headers);
        return headers;
    }

    /** {@code total} a day from {@code fromDaysAgo} to {@code toDaysAgo} (1 = yesterday), at {@code version}. */
    static void usage(String tenant, UUID customer, int fromDaysAgo, int toDaysAgo, long total, long version) {
        for (int ago = fromDaysAgo; ago >= toDaysAgo; ago--) {
            publish(Topic.TRACKING_EVENTS, io.csplatform.events.TrackingMessages.TRACKING_DAY_ROLLED_UP, tenant, customer,
                    new TrackingDayRolledUp(customer, today().minusDays(ago), total,
                            List.of(new TrackingDayRolledUp.Count("u1", "login", total)), version, Instant.now()));
        }
    }

    static Map<String, String> command(String tenant, HealthScoreSet command) {
        var headers = EventHeaders.origin("/services/actions", HealthScoreMessages.HEALTHSCORE_SET, tenant,
                command.customerId(), Instant.now()).toMap();
        KAFKA.publish(Topic.HEALTHSCORE_COMMANDS.name(), Topic.key(tenant, command.customerId()),
                EventJson.write(command), headers);
        return headers;
    }

    /** The same message again (same ce_id), as a redelivery would bring it. */
    static void redeliver(String tenant, HealthScoreSet command, Map<String, String> headers) {
        KAFKA.publish(Topic.HEALTHSCORE_COMMANDS.name(), Topic.key(tenant, command.customerId()),
                EventJson.write(command), headers);
    }

    static ExecutionStep step() {
        return new ExecutionStep(UUID.randomUUID(), 1, UUID.randomUUID(), 1);
    }

    /** The current score as a CSM reads it. */
    static JsonPath score(String tenant, UUID customer) {
        return as(tenant + "-csm").get("/api/v1/customers/" + customer + "/health-score").then().statusCode(200)
                .extract().jsonPath();
    }

    /** Waits until the stored score's measure has {@code value}; answers the score. */
    static JsonPath awaitMeasure(String tenant, UUID customer, String measure, String value) {
        await().atMost(WAIT).until(() -> {
            JsonPath score = score(tenant, customer);
            Object actual = score.get("measures.find { it.measure == '" + measure + "' }.value");
            return score.getBoolean("stored") && actual != null && new java.math.BigDecimal(actual.toString())
                    .compareTo(new java.math.BigDecimal(value)) == 0;
        });
        return score(tenant, customer);
    }

    /** Waits until the stored score is {@code value} (inputs arriving one by one pass through other scores). */
    static JsonPath awaitScore(String tenant, UUID customer, String value) {
        await().atMost(WAIT).until(() -> {
            JsonPath score = score(tenant, customer);
            return score.getBoolean("stored") && new java.math.BigDecimal(score.getString("score"))
                    .compareTo(new java.math.BigDecimal(value)) == 0;
        });
        return score(tenant, customer);
    }

    static JsonPath awaitBand(String tenant, UUID customer, String band) {
        await().atMost(WAIT).until(() -> score(tenant, customer).getBoolean("stored")
                && band.equals(score(tenant, customer).getString("band")));
        return score(tenant, customer);
    }

    /** The healthscore.changed events of the customer matching, each valid against its schema. */
    static KafkaMessage changed(String tenant, UUID customer, Predicate<JsonNode> match) {
        KafkaMessage event = KAFKA.await(Topic.HEALTHSCORE_EVENTS.name(), m -> Topic.key(tenant, customer).equals(m.key())
                && "healthscore.changed".equals(m.header("ce_type")) && match.test(json(m)), WAIT);
        assertThat(ContractSchemas.violations(HealthScoreMessages.HEALTHSCORE_CHANGED, event.value()))
                .as(event.value()).isEmpty();
        return event;
    }

    static List<KafkaMessage> allChanged(String tenant, UUID customer) {
        return KAFKA.readAll(Topic.HEALTHSCORE_EVENTS.name()).stream()
                .filter(m -> Topic.key(tenant, customer).equals(m.key())).toList();
    }

    static JsonNode result(ExecutionStep step) {
        KafkaMessage result = KAFKA.await(Topic.ACTIONS_RESULTS.name(), m -> step.executionId().toString()
                .equals(json(m).path("source").path("executionId").asText()), WAIT);
        assertThat(ContractSchemas.violations(ActionMessages.ACTION_RESULT, result.value())).as(result.value()).isEmpty();
        return json(result);
    }

    static KafkaMessage deadLettered(Map<String, String> command) {
        return KAFKA.await(Topic.HEALTHSCORE_COMMANDS.deadLetterName(),
                m -> command.get("ce_id").equals(m.header("ce_id")), WAIT);
    }

    static JsonNode json(KafkaMessage message) {
        try {
            return EventJson.MAPPER.readTree(message.value());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not JSON: " + message.value(), e);
        }
    }

    static long count(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestPlatform.stack().jdbcUrl("healthscore"),
                TestPlatform.stack().postgresUser(), TestPlatform.stack().postgresPassword());
             var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
