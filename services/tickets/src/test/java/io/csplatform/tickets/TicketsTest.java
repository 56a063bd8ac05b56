package io.csplatform.tickets;

import io.csplatform.events.TicketMessages;
import io.csplatform.events.Topic;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static io.csplatform.testing.TestPlatform.asIntegration;
import static io.csplatform.testing.TestPlatform.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "tickets"))
class TicketsTest {

    static final TestPlatform PLATFORM = new TestPlatform(Topic.TICKETS_EVENTS, "tickets");

    @Test
    void aTicketIsOpenedMovedThroughStatusesRatedAndDeletedPublishingEachFactWithItsVersion() {
        UUID customerId = PLATFORM.customer("acme", null);
        UUID contactId = UUID.randomUUID();
        String id = open("acme", customerId, Map.of("priority", "high", "channel", "email", "contactId", contactId,
                "assigneeId", "ana"))
                .then().statusCode(201).header("Location", notNullValue())
                .body("status", equalTo("open")).body("closed", equalTo(false)).body("version", equalTo(1))
                .body("resolvedAt", nullValue())
                .extract().path("id");

        patch("acme", id, Map.of("status", "pending", "firstResponseAt", "2030-01-01T00:00:00Z")).then().statusCode(200)
                .body("status", equalTo("pending")).body("version", equalTo(2));
        patch("acme", id, Map.of("status", "solved")).then().statusCode(200)
                .body("closed", equalTo(true)).body("resolvedAt", notNullValue()).body("version", equalTo(3));
        as("acme-csm").body(Map.of("rating", 4, "comment", "quick")).post("/api/v1/tickets/" + id + "/rating")
                .then().statusCode(200).body("rating", equalTo(4)).body("ratedAt", notNullValue());
        as("acme-csm").body(Map.of("rating", 4, "comment", "quick")).post("/api/v1/tickets/" + id + "/rating")
                .then().statusCode(200).body("version", equalTo(4));

        Map<String, Object> created = json(PLATFORM.events("acme", customerId, TicketMessages.TICKET_CREATED, 1).get(0));
        assertThat(created).containsEntry("ticketId", id).containsEntry("status", "open").containsEntry("closed", false)
                .containsEntry("priority", "high").containsEntry("channel", "email")
                .containsEntry("contactId", contactId.toString()).containsEntry("version", 1.0);
        assertThat(PLATFORM.events("acme", customerId, TicketMessages.TICKET_STATUS_CHANGED, 2).stream().map(TestPlatform::json))
                .extracting(m -> m.get("fromStatus") + ">" + m.get("toStatus") + ":" + m.get("closed") + "@" + m.get("version"))
                .containsExactly("open>pending:false@2.0", "pending>solved:true@3.0");
        assertThat(json(PLATFORM.events("acme", customerId, TicketMessages.TICKET_RATED, 1).get(0)))
                .containsEntry("rating", 4.0).containsEntry("comment", "quick").containsEntry("status", "solved")
                .containsEntry("version", 4.0);
        as("acme-csm").get("/api/v1/customers/" + customerId + "/ticket-counts").then().statusCode(200)
                .body("timeZone", equalTo("America/Sao_Paulo")).body("created", equalTo(1)).body("closed", equalTo(1));

        patch("acme", id, Map.of("status", "open")).then().statusCode(200)
                .body("closed", equalTo(false)).body("resolvedAt", nullValue());
        as("acme-csm").delete("/api/v1/tickets/" + id).then().statusCode(204);
        as("acme-csm").get("/api/v1/tickets/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listsAreNewestFirstFilteredAndPagedByCursor() {
        UUID customerId = PLATFORM.customer("acme", null);
        String low = open("acme", customerId, Map.of("priority", "low")).then().statusCode(201).extract().path("id");
        String high1 = open("acme", customerId, Map.of("priority", "high")).then().statusCode(201).extract().path("id");
        String high2 = open("acme", customerId, Map.of("priority", "high", "assigneeId", "bia")).then().statusCode(201)
                .extract().path("id");

        String cursor = as("acme-csm").queryParam("customerId", customerId.toString()).queryParam("priority", "high")
                .queryParam("limit", 1).get("/api/v1/tickets")
                .then().statusCode(200).body("items.id", equalTo(List.of(high2))).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        as("acme-csm").queryParam("customerId", customerId.toString()).queryParam("priority", "high")
                .queryParam("limit", 1).queryParam("cursor", cursor).get("/api/v1/tickets")
                .then().statusCode(200).body("items.id", equalTo(List.of(high1))).body("nextCursor", nullValue());
        as("acme-csm").get("/api/v1/customers/" + customerId + "/tickets?closed=false")
                .then().statusCode(200).body("items.id", equalTo(List.of(high2, high1, low)));
        as("acme-csm").get("/api/v1/tickets?assigneeId=bia&customerId=" + customerId)
                .then().body("items.id", equalTo(List.of(high2)));
        as("acme-csm").get("/api/v1/tickets?status=solved&customerId=" + customerId).then().body("items", hasSize(0));

        as("acme-csm").get("/api/v1/tickets?limit=0").then().statusCode(400).body("errors.field", equalTo(List.of("limit")));
        as("acme-csm").get("/api/v1/tickets?cursor=nope").then().statusCode(400).body("errors.field", equalTo(List.of("cursor")));
        as("acme-csm").get("/api/v1/tickets?priority=asap").then().statusCode(400).body("errors.field", equalTo(List.of("priority")));
        as("acme-csm").get("/api/v1/tickets?customerId=42").then().statusCode(400).body("errors.field", equalTo(List.of("customerId")));
        as("acme-csm").get("/api/v1/tickets?createdFrom=yesterday").then().statusCode(400)
                .body("errors.field", equalTo(List.of("createdFrom")));
    }

    @Test
    void badInputIsA400NamingTheFieldAndADuplicateExternalIdA409() {
        open("acme", UUID.randomUUID(), Map.of()).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("customerId")));
        UUID customerId = PLATFORM.customer("acme", null);
        as("acme-csm").body(Map.of("customerId", customerId)).post("/api/v1/tickets").then().statusCode(400)
                .body("errors.field", equalTo(List.of("subject")));
        open("acme", customerId, Map.of("priority", "asap")).then().statusCode(400).body("errors.field", equalTo(List.of("priority")));
        open("acme", customerId, Map.of("status", "hold")).then().statusCode(400).body("errors.field", equalTo(List.of("status")));
        as("acme-csm").contentType(ContentType.JSON).body("{\"customerId\": \"" + customerId + "\", \"subject\": ")
                .post("/api/v1/tickets").then().statusCode(400);
        open("acme", customerId, Map.of("externalId", "hd-" + customerId)).then().statusCode(201);
        open("acme", customerId, Map.of("externalId", "hd-" + customerId)).then().statusCode(409)
                .contentType("application/problem+json");

        String id = open("acme", customerId, Map.of()).then().statusCode(201).extract().path("id");
        Map<String, Object> bad = new HashMap<>();
        bad.put("createdAt", "2026-01-01T00:00:00Z");
        bad.put("status", null);
        bad.put("priority", "asap");
        bad.put("firstResponseAt", "2001-01-01T00:00:00Z");
        patch("acme", id, bad).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("createdAt", "firstResponseAt", "priority", "status"));
        as("acme-csm").body(Map.of("rating", 6)).post("/api/v1/tickets/" + id + "/rating").then().statusCode(400)
                .body("errors.field", equalTo(List.of("rating")));
        as("acme-csm").get("/api/v1/tickets/" + id).then().body("version", equalTo(1)).body("priority", equalTo("normal"));
    }

    @Test
    void anotherTenantsTicketAnswers404AndEveryRoleIsChecked() {
        UUID customerId = PLATFORM.customer("acme", null);
        String id = open("acme", customerId, Map.of()).then().statusCode(201).extract().path("id");

        as("globex-csm").get("/api/v1/tickets/" + id).then().statusCode(404).contentType("application/problem+json");
        patch("globex", id, Map.of("status", "closed")).then().statusCode(404);
        as("globex-csm").body(Map.of("rating", 1)).post("/api/v1/tickets/" + id + "/rating").then().statusCode(404);
        as("globex-csm").delete("/api/v1/tickets/" + id).then().statusCode(404);
        as("globex-csm").get("/api/v1/customers/" + customerId + "/tickets").then().statusCode(404);
        as("globex-csm").get("/api/v1/customers/" + customerId + "/ticket-counts").then().statusCode(404);
        as("globex-csm").get("/api/v1/tickets?limit=500").then().statusCode(200).body("items.id", not(hasItem(id)));
        open("globex", customerId, Map.of()).then().statusCode(400).body("errors.field", equalTo(List.of("customerId")));
        as("acme-csm").get("/api/v1/tickets/" + id).then().statusCode(200).body("status", equalTo("open"));

        given().get("/api/v1/tickets/" + id).then().statusCode(401);
        asIntegration("acme").get("/api/v1/tickets/" + id).then().statusCode(403);
        as("acme-csm").body(Map.of("items", List.of())).put("/api/v1/ticket-statuses").then().statusCode(403);
        as("acme-csm").body(Map.of("firstResponseMinutes", 5)).put("/api/v1/sla-policies/low").then().statusCode(403);
        as("acme-csm").body(Map.of("items", List.of())).post("/api/v1/helpdesk/tickets").then().statusCode(403);
        as("acme-csm").get("/api/v1/ticket-statuses").then().statusCode(200);
        as("acme-csm").get("/api/v1/sla-policies").then().statusCode(200);
    }

    static io.restassured.response.Response open(String tenant, UUID customerId, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("customerId", customerId);
        body.putIfAbsent("subject", "The dashboard does not load");
        return as(tenant + "-csm").body(body).post("/api/v1/tickets");
    }

    static io.restassured.response.Response patch(String tenant, String id, Map<String, Object> patch) {
        return as(tenant + "-csm").contentType("application/merge-patch+json").body(patch).patch("/api/v1/tickets/" + id);
    }
}
