package io.csplatform.tickets;

import io.csplatform.events.TicketMessages;
import io.csplatform.events.Topic;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static io.csplatform.testing.TestPlatform.asIntegration;
import static io.csplatform.testing.TestPlatform.json;
import static io.csplatform.tickets.Helpdesk.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "tickets"))
class HelpdeskIngestTest {

    private static final TestPlatform PLATFORM = TicketsTest.PLATFORM;

    @Test
    void bulkUpsertsByExternalIdIgnoresOlderVersionsAndAReplayedIdempotencyKeyChangesNothing() {
        String customer = "hd-" + UUID.randomUUID();
        UUID customerId = PLATFORM.customer("acme", customer);
        String t1 = "t1-" + customer;
        String t2 = "t2-" + customer;
        String key = UUID.randomUUID().toString();
        Map<String, Object> first = Map.of("items", List.of(ticket(customer, t1, 1, "open", Map.of("priority", "urgent")),
                ticket(customer, t2, 1, "open", Map.of("rating", 5, "ratingComment", "great", "channel", "chat"))));

        String answer = asIntegration("acme").header("Idempotency-Key", key).body(first).post("/api/v1/helpdesk/tickets")
                .then().statusCode(200).body("created", equalTo(2)).extract().asString();
        String replay = asIntegration("acme").header("Idempotency-Key", key).body(first).post("/api/v1/helpdesk/tickets")
                .then().statusCode(200).header("Idempotent-Replayed", "true").extract().asString();
        asIntegration("acme").header("Idempotency-Key", key).body(Map.of("items", List.of(ticket(customer, t1, 9, "open", Map.of()))))
                .post("/api/v1/helpdesk/tickets").then().statusCode(409);
        asIntegration("acme").body(Map.of("items", List.of(
                        ticket(customer, t1, 3, "solved", Map.of("priority", "urgent", "firstResponseAt", "2026-03-01T12:30:00Z",
                                "updatedAt", "2026-03-02T09:00:00Z")),
                        ticket(customer, t1, 2, "pending", Map.of()),
                        ticket(customer, "t3-" + customer, 1, "hold", Map.of()),
                        ticket("ghost-" + customer, "t4-" + customer, 1, "open", Map.of()))))
                .post("/api/v1/helpdesk/tickets").then().statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(1)).body("rejected", equalTo(2))
                .body("items[1].reason", containsString("older than the applied version 3"))
                .body("items[2].reason", containsString("unknown status 'hold'"))
                .body("items[3].reason", containsString("unknown customer"));

        assertThat(replay).isEqualTo(answer);
        as("acme-csm").get("/api/v1/tickets?externalId=" + t1).then().statusCode(200)
                .body("items[0].status", equalTo("solved")).body("items[0].closed", equalTo(true))
                .body("items[0].resolvedAt", equalTo("2026-03-02T09:00:00Z"))
                .body("items[0].firstResponseAt", equalTo("2026-03-01T12:30:00Z"))
                .body("items[0].sla.firstResponseDueAt", equalTo(null));
        assertThat(PLATFORM.events("acme", customerId, TicketMessages.TICKET_CREATED, 2).stream().map(TestPlatform::json))
                .extracting(m -> m.get("externalId") + ":" + m.get("priority") + ":" + m.get("createdAt"))
                .containsExactly(t1 + ":urgent:2026-03-01T12:00:00Z", t2 + ":normal:2026-03-01T12:00:00Z");
        assertThat(json(PLATFORM.events("acme", customerId, TicketMessages.TICKET_RATED, 1).get(0)))
                .containsEntry("rating", 5.0).containsEntry("comment", "great").containsEntry("version", 1.0);
        assertThat(json(PLATFORM.events("acme", customerId, TicketMessages.TICKET_STATUS_CHANGED, 1).get(0)))
                .containsEntry("fromStatus", "open").containsEntry("toStatus", "solved").containsEntry("closed", true)
                .containsEntry("changedAt", "2026-03-02T09:00:00Z").containsEntry("version", 2.0);

        asIntegration("acme").body(Map.of("items", List.of(Map.of("externalId", "x")))).post("/api/v1/helpdesk/tickets")
                .then().statusCode(400).body("errors[0].field", equalTo("items[0]"));
        asIntegration("acme").body(Map.of("items", List.of())).post("/api/v1/helpdesk/tickets")
                .then().statusCode(400).body("errors[0].field", equalTo("items"));
        asIntegration("globex").body(Map.of("items", List.of(ticket(customer, t1, 4, "closed", Map.of()))))
                .post("/api/v1/helpdesk/tickets").then().statusCode(200)
                .body("items[0].reason", containsString("unknown customer"));
    }

    @Test
    void kafkaIngestAppliesEachMessageOnceIgnoresOlderVersionsAndParksBadMessagesWithTheReason() {
        String customer = "hd-" + UUID.randomUUID();
        UUID customerId = PLATFORM.customer("acme", customer);
        String ticket = "k1-" + customer;
        var opened = Helpdesk.publish("acme", "helpdesk.ticket", customer, ticket(customer, ticket, 1, "open", Map.of()));
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            kafka.republish(kafka.await(Topic.INGEST_HELPDESK.forTenant("acme"), m -> opened.get("ce_id").equals(m.header("ce_id")),
                    Duration.ofSeconds(30)));
        }
        Helpdesk.publish("acme", "helpdesk.ticket", customer, ticket(customer, ticket, 2, "closed",
                Map.of("rating", 2, "ratedAt", "2026-03-03T10:00:00Z")));
        var older = Helpdesk.publish("acme", "helpdesk.ticket", customer, ticket(customer, ticket, 1, "open", Map.of()));
        var badSchema = Helpdesk.publish("acme", "helpdesk.ticket", customer, Map.of("customerExternalId", customer, "version", -1));
        var notJson = Helpdesk.publish("acme", "helpdesk.ticket", customer, "{not json");
        var unknownType = Helpdesk.publish("acme", "helpdesk.comment", customer, Map.of("text", "hi"));
        var unknownStatus = Helpdesk.publish("acme", "helpdesk.ticket", customer, ticket(customer, "k2-" + customer, 1, "hold", Map.of()));
        var wrongKey = Helpdesk.publish("acme", "helpdesk.ticket", "someone-else", ticket(customer, "k3-" + customer, 1, "open", Map.of()));
        var unknownCustomer = Helpdesk.publish("acme", "helpdesk.ticket", "ghost-" + customer,
                ticket("ghost-" + customer, "k4-" + customer, 1, "open", Map.of()));
        Helpdesk.publish("acme", "helpdesk.ticket", customer, ticket(customer, "k5-" + customer, 1, "pending", Map.of()));

        assertThat(Helpdesk.deadLettered(badSchema).header("dead-letter-reason")).contains("helpdesk.ticket.v1.json");
        assertThat(Helpdesk.deadLettered(notJson).header("dead-letter-reason")).isNotBlank();
        assertThat(Helpdesk.deadLettered(unknownType).header("dead-letter-reason")).contains("unknown helpdesk message type");
        assertThat(Helpdesk.deadLettered(unknownStatus).header("dead-letter-reason")).contains("unknown status 'hold'");
        assertThat(Helpdesk.deadLettered(wrongKey).header("dead-letter-reason")).contains("record key");
        assertThat(Helpdesk.deadLettered(unknownCustomer).header("dead-letter-reason")).contains("unknown customer");

        assertThat(PLATFORM.events("acme", customerId, TicketMessages.TICKET_CREATED, 2).stream().map(TestPlatform::json))
                .extracting(m -> m.get("externalId") + ":" + m.get("status"))
                .containsExactly(ticket + ":open", "k5-" + customer + ":pending");
        assertThat(json(PLATFORM.events("acme", customerId, TicketMessages.TICKET_STATUS_CHANGED, 1).get(0)))
                .containsEntry("fromStatus", "open").containsEntry("toStatus", "closed").containsEntry("version", 2.0);
        assertThat(json(PLATFORM.events("acme", customerId, TicketMessages.TICKET_RATED, 1).get(0)))
                .containsEntry("rating", 2.0).containsEntry("ratedAt", "2026-03-03T10:00:00Z");
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            assertThat(kafka.readAll(Topic.TICKETS_EVENTS.name())).filteredOn(m -> Topic.key("acme", customerId).equals(m.key()))
                    .extracting(m -> m.header("ce_type"))
                    .containsExactly("ticket.created", "ticket.status.changed", "ticket.rated", "ticket.created");
            assertThat(kafka.readAll(Topic.INGEST_HELPDESK.deadLetterName()))
                    .noneMatch(m -> older.get("ce_id").equals(m.header("ce_id")));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("acme-csm")
                .get("/api/v1/customers/" + customerId + "/tickets?closed=true").then()
                .body("items.externalId", equalTo(List.of(ticket))).body("items[0].version", equalTo(2)));
    }
}
