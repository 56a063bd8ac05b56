package io.csplatform.tickets;

import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.csplatform.tickets.Helpdesk.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;

/**
 * The platform's meters in Prometheus format at /q/metrics (no token): messages consumed per consumer, type and
 * outcome, dead-lettered messages per channel and topic, ingest records per outcome, the Kafka consumers' lag, HTTP.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "tickets"))
class MetricsTest {

    private static final TestPlatform PLATFORM = TicketsTest.PLATFORM;

    @Test
    void consumedDeadLetteredAndIngestedMessagesAreCountedInPrometheusFormat() {
        String consumed = "cs_messages_consumed_total{consumer=\"tickets.helpdesk-ingest\",outcome=\"applied\",type=\"helpdesk.ticket\"}";
        String created = "cs_ingest_records_total{ingest=\"tickets.helpdesk-ingest\",outcome=\"created\"}";
        String parked = "cs_messages_dead_lettered_total{channel=\"helpdesk-ingest\",topic=\"cs.ingest.helpdesk.v1.dlq\"}";
        String before = metrics();
        String customer = "metrics-" + UUID.randomUUID();
        PLATFORM.customer("acme", customer);

        Helpdesk.publish("acme", "helpdesk.ticket", customer, ticket(customer, "m1-" + customer, 1, "open", Map.of()));
        var bad = Helpdesk.publish("acme", "helpdesk.comment", customer, Map.of("text", "not a ticket"));
        Helpdesk.deadLettered(bad);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String after = metrics();
            String ours = after.lines().filter(line -> line.startsWith("cs_")).collect(Collectors.joining("\n"));
            assertThat(value(after, consumed)).as(consumed + " in\n" + ours).isGreaterThanOrEqualTo(value(before, consumed) + 1);
            assertThat(value(after, created)).as(created + " in\n" + ours).isGreaterThanOrEqualTo(value(before, created) + 1);
            assertThat(value(after, parked)).as(parked + " in\n" + ours).isGreaterThanOrEqualTo(value(before, parked) + 1);
        });
        String after = metrics();
        // trace export is off by default (the shared default of libs/outbox reaches the service)
        assertThat(ConfigProvider.getConfig().getValue("quarkus.otel.sdk.disabled", Boolean.class)).isTrue();
        // OpenMetrics names the counter family without _total; the Kafka binder exports each consumer's lag
        assertThat(after).containsPattern("# TYPE cs_messages_consumed(_total)? counter")
                .containsPattern("kafka_consumer_fetch_manager_records_lag_max\\{client_id=\"kafka-consumer-helpdesk-ingest")
                .contains("http_server_requests_seconds_count{");
    }

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check", "Kafka connection health check"));
    }

    private static String metrics() {
        return RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sample's value, 0 when the series does not exist yet. */
    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)", Pattern.MULTILINE).matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
