package io.csplatform.tracking;

import io.csplatform.events.ContractSchemas;
import io.csplatform.events.Topic;
import io.csplatform.events.TrackingMessages;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static io.csplatform.testing.TestPlatform.asIntegration;
import static io.csplatform.testing.TestPlatform.json;
import static io.csplatform.tracking.Usage.event;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "tracking"))
class TrackingRestIngestTest {

    static final TestPlatform PLATFORM = new TestPlatform(Topic.TRACKING_EVENTS, "tracking/users");

    /** Noon UTC three days ago: the same date in every tenant zone the tests may have set. */
    static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).minusDays(3);

    static String at(String time) {
        return DAY + "T" + time + "Z";
    }

    @Test
    void aBatchCountsEachEventOnceRefusesBadItemsByIndexAndFieldAndTheRollupsAnswerTheQueries() {
        String customer = "trk-" + UUID.randomUUID();
        UUID customerId = PLATFORM.customer("acme", customer);
        String feature = "reports-" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        Map<String, Object> batch = Map.of("events", List.of(
                event(id + "-1", customer, "u1", "login", at("12:00:00"), Map.of()),
                event(id + "-2", customer, "u1", feature, at("12:05:00"), Map.of("quantity", 3, "properties", Map.of("x", 1))),
                event(id + "-3", customer, "u2", feature, at("12:10:00"), Map.of()),
                event(id + "-1", customer, "u1", "login", at("12:00:00"), Map.of()),
                Map.of("eventId", id + "-5", "customerExternalId", customer, "event", feature, "occurredAt", at("12:00:00")),
                event(id + "-6", "ghost-" + customer, "u1", feature, at("12:00:00"), Map.of()),
                event(id + "-7", customer, "u1", feature, "2000-01-01T00:00:00Z", Map.of()),
                event(id + "-8", customer, "u1", feature, at("12:00:00"), Map.of("quantity", 0))));

        asIntegration("acme").body(batch).post("/api/v1/tracking/events").then().statusCode(200)
                .body("received", equalTo(8)).body("accepted", equalTo(3)).body("duplicates", equalTo(1))
                .body("rejected", equalTo(4))
                .body("errors[0].index", equalTo(4)).body("errors[0].field", equalTo("events[4].userId"))
                .body("errors[1].field", equalTo("events[5].customerExternalId"))
                .body("errors[1].reason", containsString("unknown customer"))
                .body("errors[2].field", equalTo("events[6].occurredAt"))
                .body("errors[2].reason", containsString("retention"))
                .body("errors[3].field", equalTo("events[7].quantity"));
        asIntegration("acme").body(batch).post("/api/v1/tracking/events").then().statusCode(200)
                .body("accepted", equalTo(0)).body("duplicates", equalTo(4)).body("rejected", equalTo(4));

        KafkaMessage rollup = Usage.rollup("acme", customerId, DAY, m -> ((Double) m.get("total")) == 5.0);
        assertThat(ContractSchemas.violations(TrackingMessages.TRACKING_DAY_ROLLED_UP, rollup.value())).isEmpty();
        assertThat(rollup.header("ce_subject")).isEqualTo(customerId.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> counts = (List<Map<String, Object>>) json(rollup).get("counts");
        assertThat(counts).extracting(c -> c.get("userId") + "/" + c.get("feature") + "/" + c.get("count"))
                .containsExactly("u1/login/1.0", "u1/" + feature + "/3.0", "u2/" + feature + "/1.0");
        assertThat(json(PLATFORM.events("acme", customerId, TrackingMessages.USER_LOGIN, 1).get(0)))
                .containsEntry("userId", "u1").containsEntry("loginAt", at("12:00:00")).containsEntry("keyUser", false);

        String day = DAY.toString();
        as("acme-csm").get("/api/v1/customers/" + customerId + "/tracking/series?from=" + day + "&to=" + day).then()
                .statusCode(200).body("total", equalTo(5)).body("items[0].day", equalTo(day))
                .body("items[0].count", equalTo(5));
        as("acme-csm").get("/api/v1/customers/" + customerId + "/tracking/series?from=" + day + "&to=" + day
                + "&feature=" + feature + "&userId=u1").then().statusCode(200).body("total", equalTo(3));
        as("acme-admin").get("/api/v1/customers/" + customerId + "/tracking/totals?from=" + day + "&to=" + day).then()
                .statusCode(200).body("total", equalTo(5)).body("users", equalTo(2)).body("features", equalTo(2))
                .body("activeDays", equalTo(1));
        String next = as("acme-csm").get("/api/v1/customers/" + customerId + "/tracking/features?limit=1&from=" + day)
                .then().statusCode(200).body("items[0].feature", equalTo("login")).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        as("acme-csm").get("/api/v1/customers/" + customerId + "/tracking/features?limit=1&from=" + day + "&cursor=" + next)
                .then().statusCode(200).body("items[0].feature", equalTo(feature)).body("items[0].count", equalTo(4))
                .body("items[0].users", equalTo(2)).body("nextCursor", nullValue());
        as("acme-csm").get("/api/v1/customers/" + customerId + "/tracking/users").then().statusCode(200)
                .body("items.userId", equalTo(List.of("u1", "u2")))
                .body("items[0].lastLoginAt", equalTo(at("12:00:00"))).body("items[1].lastLoginAt", nullValue())
                .body("items[1].lastSeenAt", equalTo(at("12:10:00")));

        // a later event of the day republishes its absolute totals with a higher version
        asIntegration("acme").body(Map.of("events", List.of(event(id + "-9", customer, "u2", feature, at("13:00:00"),
                Map.of())))).post("/api/v1/tracking/events").then().statusCode(200).body("accepted", equalTo(1));
        KafkaMessage later = Usage.rollup("acme", customerId, DAY, m -> ((Double) m.get("total")) == 6.0);
        assertThat((Double) json(later).get("version")).isGreaterThan((Double) json(rollup).get("version"));
        assertThat(Usage.published("acme", customerId)).filteredOn(m -> "tracking.day.rolled-up".equals(m.header("ce_type")))
                .hasSizeLessThanOrEqualTo(4);
    }

    @Inject
    Pool pool;

    /**
     * A day whose raw partition does not exist (the clock was moved, e.g. months ahead by an e2e test, and the hourly
     * maintenance has not run since): the ingest creates the partitions and counts the event instead of failing.
     */
    @Test
    void anEventOnADayWithoutItsRawPartitionCreatesThePartitionAndIsCounted() {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(77);
        String partition = "raw_event_" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
        pool.query("drop table if exists " + partition).execute().await().indefinitely();
        String customer = "trk-" + UUID.randomUUID();
        PLATFORM.customer("acme", customer);

        asIntegration("acme").body(Map.of("events", List.of(event(UUID.randomUUID().toString(), customer, "u1",
                        "report", day + "T12:00:00Z", Map.of())))).post("/api/v1/tracking/events").then().statusCode(200)
                .body("accepted", equalTo(1)).body("rejected", equalTo(0));
        assertThat(pool.preparedQuery("select count(*) from pg_class where relname = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(partition)).await().indefinitely().iterator().next()
                .getLong(0)).isEqualTo(1L);
    }

    @Test
    void usersKeepTheirIdentityAndKeyUserFlagAndOnlyANewerLoginIsPublished() {
        String customer = "trk-" + UUID.randomUUID();
        UUID customerId = PLATFORM.customer("acme", customer);
        as("acme-csm").body(Map.of("name", "Ana", "email", "ana@acme.com", "keyUser", true))
                .put("/api/v1/customers/" + customerId + "/tracking/users/ana").then().statusCode(200)
                .body("keyUser", equalTo(true)).body("name", equalTo("Ana")).body("lastLoginAt", nullValue());
        as("acme-csm").body(Map.of("name", "Ana", "email", "not-an-email", "keyUser", true))
                .put("/api/v1/customers/" + customerId + "/tracking/users/ana").then().statusCode(400);
        String id = UUID.randomUUID().toString();
        asIntegration("acme").body(Map.of("events", List.of(event(id + "-1", customer, "ana", "login", at("09:00:00"), Map.of()))))
                .post("/api/v1/tracking/events").then().statusCode(200).body("accepted", equalTo(1));
        assertThat(json(PLATFORM.events("acme", customerId, TrackingMessages.USER_LOGIN, 1).get(0)))
                .containsEntry("userId", "ana").containsEntry("keyUser", true).containsEntry("loginAt", at("09:00:00"));
        asIntegration("acme").body(Map.of("events", List.of(event(id + "-2", customer, "ana", "login", at("08:00:00"), Map.of()),
                        event(id + "-3", customer, "ana", "login", at("10:00:00"), Map.of()))))
                .post("/api/v1/tracking/events").then().statusCode(200).body("accepted", equalTo(2));
        List<KafkaMessage> logins = PLATFORM.events("acme", customerId, TrackingMessages.USER_LOGIN, 2);
        assertThat(logins).extracting(m -> json(m).get("loginAt")).containsExactly(at("09:00:00"), at("10:00:00"));
        as("acme-csm").get("/api/v1/customers/" + customerId + "/tracking/users?keyUser=true").then().statusCode(200)
                .body("items.userId", equalTo(List.of("ana"))).body("items[0].lastLoginAt", equalTo(at("10:00:00")))
                .body("items[0].email", equalTo("ana@acme.com"));
        as("acme-csm").get("/api/v1/customers/" + customerId + "/tracking/users?keyUser=false").then().statusCode(200)
                .body("items.size()", equalTo(0));
        as("acme-csm").get("/api/v1/tracking/features?limit=500").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.hasItem("login"));
    }

    @Test
    void onlyTheTenantsIntegrationOrItsIngestKeyMayIngestAndOnlyItsCsTeamMayRead() {
        String customer = "trk-" + UUID.randomUUID();
        UUID customerId = PLATFORM.customer("acme", customer);
        String id = UUID.randomUUID().toString();
        Map<String, Object> one = Map.of("events", List.of(event(id, customer, "u1", "search", at("12:00:00"), Map.of())));

        given().contentType(ContentType.JSON).body(one).post("/api/v1/tracking/events").then().statusCode(401);
        as("acme-csm").body(one).post("/api/v1/tracking/events").then().statusCode(403);
        asIntegration("acme").body(Map.of("events", List.of())).post("/api/v1/tracking/events").then().statusCode(400)
                .body("errors[0].field", equalTo("events"));
        asIntegration("globex").body(one).post("/api/v1/tracking/events").then().statusCode(200)
                .body("errors[0].reason", containsString("unknown customer"));
        as("globex-csm").get("/api/v1/customers/" + customerId + "/tracking/totals").then().statusCode(404);
        as("acme-csm").get("/api/v1/customers/" + customerId + "/tracking/series?from=nope").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as("acme-csm").get("/api/v1/customers/" + customerId + "/tracking/users?cursor=zzz").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        asIntegration("acme").get("/api/v1/customers/" + customerId + "/tracking/totals").then().statusCode(403);

        as("acme-csm").post("/api/v1/tracking/ingest-key").then().statusCode(403);
        String key = as("acme-admin").post("/api/v1/tracking/ingest-key").then().statusCode(201)
                .body("prefix", notNullValue()).extract().path("key");
        given().contentType(ContentType.JSON).header("X-Ingest-Key", key).body(one).post("/api/v1/tracking/events").then()
                .statusCode(200).body("accepted", equalTo(1));
        String rotated = as("acme-admin").post("/api/v1/tracking/ingest-key").then().statusCode(201).extract().path("key");
        assertThat(rotated).isNotEqualTo(key);
        given().contentType(ContentType.JSON).header("X-Ingest-Key", key).body(one).post("/api/v1/tracking/events").then()
                .statusCode(401);
        given().contentType(ContentType.JSON).header("X-Ingest-Key", rotated).body(one).post("/api/v1/tracking/events").then()
                .statusCode(200).body("duplicates", equalTo(1));
        as("acme-admin").delete("/api/v1/tracking/ingest-key").then().statusCode(204);
        given().contentType(ContentType.JSON).header("X-Ingest-Key", rotated).body(one).post("/api/v1/tracking/events").then()
                .statusCode(401);
    }
}
