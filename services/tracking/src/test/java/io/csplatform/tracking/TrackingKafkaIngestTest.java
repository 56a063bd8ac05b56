package io.csplatform.tracking;

import io.csplatform.events.Topic;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
import io.csplatform.tracking.rollup.RawPartitions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static io.csplatform.tracking.TrackingRestIngestTest.DAY;
import static io.csplatform.tracking.TrackingRestIngestTest.at;
import static io.csplatform.tracking.Usage.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "tracking"))
class TrackingKafkaIngestTest {

    private static final TestPlatform PLATFORM = TrackingRestIngestTest.PLATFORM;

    @Inject
    RawPartitions partitions;

    @Test
    void kafkaIngestCountsEachEventIdOnceAndParksBadRecordsWithTheReason() {
        String customer = "trk-" + UUID.randomUUID();
        UUID customerId = PLATFORM.customer("acme", customer);
        String id = UUID.randomUUID().toString();
        Usage.publish("acme", event(id + "-1", customer, "u1", "login", at("12:00:00"), Map.of()));
        var counted = Usage.publish("acme", event(id + "-2", customer, "u1", "export", at("12:01:00"), Map.of("quantity", 2)));
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            kafka.republish(kafka.await(Topic.INGEST_TRACKING.forTenant("acme"), m -> counted.get("ce_id").equals(m.header("ce_id")),
                    Duration.ofSeconds(30)));
        }
        Usage.publish("acme", event(id + "-2", customer, "u1", "export", at("12:01:00"), Map.of("quantity", 2)));
        var badSchema = Usage.publish("acme", "tracking.event", customer, Map.of("eventId", id + "-3",
                "customerExternalId", customer, "event", "export", "occurredAt", at("12:00:00")));
        var notJson = Usage.publish("acme", "tracking.event", customer, "{not json");
        var unknownType = Usage.publish("acme", "tracking.page-view", customer, Map.of("x", 1));
        var wrongKey = Usage.publish("acme", "tracking.event", "someone-else",
                event(id + "-4", customer, "u1", "export", at("12:00:00"), Map.of()));
        var unknownCustomer = Usage.publish("acme", event(id + "-5", "ghost-" + customer, "u1", "export", at("12:00:00"),
                Map.of()));
        var tooOld = Usage.publish("acme", event(id + "-6", customer, "u1", "export", "2001-01-01T00:00:00Z", Map.of()));
        var good = Usage.publish("acme", event(id + "-7", customer, "u2", "export", at("12:30:00"), Map.of()));

        assertThat(Usage.deadLettered(badSchema).header("dead-letter-reason")).contains("tracking.event.v1.json")
                .contains("userId");
        assertThat(Usage.deadLettered(notJson).header("dead-letter-reason")).contains("not JSON");
        assertThat(Usage.deadLettered(unknownType).header("dead-letter-reason")).contains("unknown tracking message type");
        assertThat(Usage.deadLettered(wrongKey).header("dead-letter-reason")).contains("record key");
        assertThat(Usage.deadLettered(unknownCustomer).header("dead-letter-reason")).contains("unknown customer");
        assertThat(Usage.deadLettered(tooOld).header("dead-letter-reason")).contains("retention");

        Usage.rollup("acme", customerId, DAY, m -> ((Double) m.get("total")) == 4.0);
        String day = DAY.toString();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("acme-csm")
                .get("/api/v1/customers/" + customerId + "/tracking/series?from=" + day + "&to=" + day).then()
                .statusCode(200).body("total", equalTo(4)));
        as("acme-csm").get("/api/v1/customers/" + customerId + "/tracking/totals?from=" + day + "&to=" + day).then()
                .body("users", equalTo(2)).body("features", equalTo(2));
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            assertThat(kafka.readAll(Topic.INGEST_TRACKING.deadLetterName()))
                    .noneMatch(m -> counted.get("ce_id").equals(m.header("ce_id")) || good.get("ce_id").equals(m.header("ce_id")));
        }
    }

    @Test
    void rawEventsLiveInDailyPartitionsAndThosePastTheRetentionAreDropped() throws Exception {
        var stack = TestPlatform.stack();
        try (var connection = DriverManager.getConnection(stack.jdbcUrl("tracking"), stack.postgresUser(),
                stack.postgresPassword()); var statement = connection.createStatement()) {
            statement.execute("create table if not exists raw_event_20000101 partition of raw_event"
                    + " for values from ('2000-01-01') to ('2000-01-02')");
            List<String> dropped = partitions.maintain().await().atMost(Duration.ofSeconds(30));
            assertThat(dropped).contains("raw_event_20000101");
            List<String> existing = new ArrayList<>();
            try (var rows = statement.executeQuery("select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid"
                    + " where i.inhparent = 'raw_event'::regclass")) {
                while (rows.next()) {
                    existing.add(rows.getString(1));
                }
            }
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            assertThat(existing).doesNotContain("raw_event_20000101")
                    .contains("raw_event_" + today.toString().replace("-", ""),
                            "raw_event_" + today.plusDays(2).toString().replace("-", ""),
                            "raw_event_" + today.minusDays(90).toString().replace("-", ""))
                    .doesNotContain("raw_event_" + today.minusDays(91).toString().replace("-", ""));
        }
    }
}
