package io.csplatform.tickets;

import io.csplatform.events.CustomerMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.TicketMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.TenantSettingsChanged;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
import io.csplatform.tickets.sla.SlaSweep;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static io.csplatform.testing.TestPlatform.as;
import static io.csplatform.testing.TestPlatform.asIntegration;
import static io.csplatform.tickets.TicketsTest.open;
import static io.csplatform.tickets.TicketsTest.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Tenant globex: its statuses, SLA policies and time zone change here (acme keeps the defaults). */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "tickets"))
class StatusesSlaAndCountersTest {

    private static final TestPlatform PLATFORM = TicketsTest.PLATFORM;

    @Inject
    SlaSweep sweep;

    @Test
    void statusesStartAsTheDefaultListAndAnAdminReplacesThemButCannotDropOneInUse() {
        as("globex-csm").get("/api/v1/ticket-statuses").then().statusCode(200)
                .body("items.name", equalTo(List.of("open", "pending", "solved", "closed")))
                .body("items.closed", equalTo(List.of(false, false, true, true)));
        List<Map<String, Object>> custom = List.of(status("new", false), status("open", false), status("pending", false),
                status("waiting-customer", false), status("solved", true), status("closed", true), status("cancelled", true));
        as("globex-admin").body(Map.of("items", custom)).put("/api/v1/ticket-statuses").then().statusCode(200)
                .body("items.name", equalTo(List.of("new", "open", "pending", "waiting-customer", "solved", "closed", "cancelled")));

        UUID customerId = PLATFORM.customer("globex", null);
        String id = open("globex", customerId, Map.of()).then().statusCode(201).body("status", equalTo("new"))
                .extract().path("id");
        patch("globex", id, Map.of("status", "cancelled")).then().statusCode(200).body("closed", equalTo(true));
        as("globex-admin").body(Map.of("items", custom.subList(1, 6))).put("/api/v1/ticket-statuses").then().statusCode(409)
                .contentType("application/problem+json");
        as("globex-admin").body(Map.of("items", List.of(status("open", false), status("open", true))))
                .put("/api/v1/ticket-statuses").then().statusCode(400).body("errors.field", equalTo(List.of("items")));
        as("globex-admin").body(Map.of("items", List.of(status("done", true), status("gone", true))))
                .put("/api/v1/ticket-statuses").then().statusCode(400).body("errors.field", equalTo(List.of("items")));
        as("globex-admin").body(Map.of("items", List.of(status("Open!", false), status("done", true))))
                .put("/api/v1/ticket-statuses").then().statusCode(400);
        as("globex-csm").get("/api/v1/ticket-statuses").then().body("items", hasSize(7));
        as("acme-csm").get("/api/v1/ticket-statuses").then().body("items", hasSize(4));
    }

    @Test
    void slaPoliciesAreSetPerPriorityWithOptionalBusinessHours() {
        as("globex-admin").body(Map.of("firstResponseMinutes", 60, "resolutionMinutes", 480,
                        "businessHours", Map.of("days", List.of("FRIDAY", "MONDAY"), "start", "09:00", "end", "18:00")))
                .put("/api/v1/sla-policies/low").then().statusCode(200)
                .body("businessHours.days", equalTo(List.of("MONDAY", "FRIDAY")));
        as("globex-csm").get("/api/v1/sla-policies").then().statusCode(200)
                .body("items.find { it.priority == 'low' }.resolutionMinutes", equalTo(480));

        as("globex-admin").body(Map.of("firstResponseMinutes", 60)).put("/api/v1/sla-policies/asap").then().statusCode(400)
                .body("errors.field", equalTo(List.of("priority")));
        as("globex-admin").body(Map.of()).put("/api/v1/sla-policies/low").then().statusCode(400)
                .body("errors.field", equalTo(List.of("firstResponseMinutes")));
        as("globex-admin").body(Map.of("firstResponseMinutes", -5)).put("/api/v1/sla-policies/low").then().statusCode(400)
                .body("errors.field", equalTo(List.of("firstResponseMinutes")));
        as("globex-admin").body(Map.of("resolutionMinutes", 60,
                        "businessHours", Map.of("days", List.of("MONDAY"), "start", "18:00", "end", "09:00")))
                .put("/api/v1/sla-policies/low").then().statusCode(400).body("errors.field", equalTo(List.of("businessHours.end")));
        as("globex-admin").body(Map.of("resolutionMinutes", 60,
                        "businessHours", Map.of("days", List.of("SOMEDAY"), "start", "09:00", "end", "18:00")))
                .put("/api/v1/sla-policies/low").then().statusCode(400);
        as("globex-admin").delete("/api/v1/sla-policies/low").then().statusCode(204);
        as("globex-admin").delete("/api/v1/sla-policies/low").then().statusCode(404);
    }

    @Test
    void theSweepReportsEachMissedDeadlineOnceEvenWithTwoSweepsAtOnce() throws Exception {
        as("globex-admin").body(Map.of("firstResponseMinutes", 30, "resolutionMinutes", 240))
                .put("/api/v1/sla-policies/urgent").then().statusCode(200);
        UUID customerId = PLATFORM.customer("globex", null);
        String late = open("globex", customerId, Map.of("priority", "urgent")).then().statusCode(201)
                .body("sla.firstResponseDueAt", notNullValue()).extract().path("id");
        String created = as("globex-csm").get("/api/v1/tickets/" + late).then().extract().path("createdAt");
        String answered = open("globex", customerId, Map.of("priority", "urgent")).then().statusCode(201).extract().path("id");
        patch("globex", answered, Map.of("firstResponseAt", Instant.parse(created).plusSeconds(600).toString()))
                .then().statusCode(200);
        String noPolicy = open("globex", customerId, Map.of("priority", "low")).then().statusCode(201)
                .body("sla.firstResponseDueAt", nullValue()).extract().path("id");
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1));

        var first = CompletableFuture.supplyAsync(() -> sweepAt(inAnHour));
        var second = CompletableFuture.supplyAsync(() -> sweepAt(inAnHour));
        first.get();
        second.get();
        sweepAt(inAnHour);

        as("globex-csm").get("/api/v1/tickets/" + late).then()
                .body("sla.firstResponseBreachedAt", notNullValue()).body("sla.resolutionBreachedAt", nullValue());
        as("globex-csm").get("/api/v1/tickets/" + answered).then().body("sla.firstResponseBreachedAt", nullValue());
        sweepAt(inAnHour.plus(Duration.ofHours(4)));

        var breaches = PLATFORM.events("globex", customerId, TicketMessages.TICKET_SLA_BREACHED, 3).stream()
                .map(TestPlatform::json).toList();
        assertThat(breaches).extracting(b -> b.get("ticketId") + ":" + b.get("metric"))
                .containsExactlyInAnyOrder(late + ":FIRST_RESPONSE", late + ":RESOLUTION", answered + ":RESOLUTION");
        assertThat(breaches.get(0)).containsEntry("priority", "urgent")
                .containsEntry("dueAt", Instant.parse(created).plusSeconds(1800).toString());
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            assertThat(kafka.readAll(Topic.TICKETS_EVENTS.name())).filteredOn(m -> Topic.key("globex", customerId).equals(m.key())
                    && "ticket.sla.breached".equals(m.header("ce_type"))).hasSize(3);
        }
        LocalDate today = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));
        as("globex-csm").get("/api/v1/customers/" + customerId + "/ticket-counts?from=" + today.minusDays(2) + "&to="
                + today.plusDays(1)).then().statusCode(200).body("created", equalTo(3)).body("slaBreached", equalTo(3));
        as("globex-csm").get("/api/v1/tickets/" + noPolicy).then().body("sla.resolutionBreachedAt", nullValue());
    }

    @Test
    void countersCountTheTenantsDaysInItsTimeZone() {
        var settings = new TenantSettingsChanged("globex", "Asia/Tokyo", "JPY", null, null, null, 7);
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            kafka.publish(Topic.CUSTOMERS_EVENTS.name(), Topic.key("globex", TenantSettingsChanged.SUBJECT),
                    EventJson.write(settings), EventHeaders.origin("/services/customers", CustomerMessages.TENANT_SETTINGS_CHANGED,
                            "globex", TenantSettingsChanged.SUBJECT, Instant.now()).toMap());
        }
        String customer = "hd-" + UUID.randomUUID();
        UUID customerId = PLATFORM.customer("globex", customer);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("globex-csm")
                .get("/api/v1/customers/" + customerId + "/ticket-counts").then().body("timeZone", equalTo("Asia/Tokyo")));

        asIntegration("globex").body(Map.of("items", List.of(
                        Helpdesk.ticket(customer, "tk-1-" + customer, 1, "open", Map.of("createdAt", "2026-03-01T20:00:00Z")),
                        Helpdesk.ticket(customer, "tk-2-" + customer, 1, "solved", Map.of("createdAt", "2026-03-01T10:00:00Z",
                                "resolvedAt", "2026-03-01T16:00:00Z")))))
                .post("/api/v1/helpdesk/tickets").then().statusCode(200).body("created", equalTo(2));

        as("globex-csm").get("/api/v1/customers/" + customerId + "/ticket-counts?from=2026-03-01&to=2026-03-02")
                .then().statusCode(200)
                .body("items.day", equalTo(List.of("2026-03-01", "2026-03-02")))
                .body("items.created", equalTo(List.of(1, 1)))
                .body("items.closed", equalTo(List.of(0, 1)));
        as("globex-csm").get("/api/v1/customers/" + customerId + "/ticket-counts?from=2026-03-02&to=2026-03-01")
                .then().statusCode(400).body("errors.field", equalTo(List.of("from")));
        as("globex-csm").get("/api/v1/customers/" + customerId + "/ticket-counts?to=tomorrow")
                .then().statusCode(400).body("errors.field", equalTo(List.of("to")));
    }

    private int sweepAt(Instant now) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> sweep.runAt(now));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> status(String name, boolean closed) {
        return Map.of("name", name, "closed", closed);
    }
}
