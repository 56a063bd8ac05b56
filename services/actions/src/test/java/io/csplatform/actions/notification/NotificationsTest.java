package io.csplatform.actions.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.csplatform.actions.support.SseClient;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static io.csplatform.testing.TestPlatform.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "actions"))
class NotificationsTest {

    private static final String CSM = "acme-csm";
    private static final String ADMIN = "acme-admin";
    private static final String GLOBEX = "globex-csm";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    NotificationService notifications;

    @TestHTTPResource("/api/v1/notifications/stream")
    URI stream;

    @Test
    void theCallerPagesThroughOnlyTheirOwnNotificationsNewestFirstWithoutGapsOrDuplicates() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            mine.add(notifyOne("acme", CSM, "Renewal " + i).toString());
        }
        List<String> others = List.of(notifyOne("acme", ADMIN, "Admin's"), notifyOne("globex", GLOBEX, "Globex's"),
                notifyOne("globex", CSM, "The CSM's user id in another tenant")).stream().map(UUID::toString).toList();

        List<String> seen = new ArrayList<>();
        List<String> executions = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = as(CSM).queryParam("limit", 3).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/notifications").then().statusCode(200)
                    .body("unreadCount", notNullValue()).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            assertThat(ids).hasSizeLessThanOrEqualTo(3);
            seen.addAll(ids);
            executions.addAll(page.getList("items.executionId"));
            page.<String>getList("items.createdAt").forEach(at -> times.add(Instant.parse(at)));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(ids(CSM, "?limit=500"));
        assertThat(executions).containsAll(mine).doesNotContainAnyElementsOf(others);
        List<String> newestFirst = new ArrayList<>(mine);
        Collections.reverse(newestFirst);
        assertThat(executions.stream().filter(mine::contains).toList()).containsExactlyElementsOf(newestFirst);
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void theUnreadFilterAndCountFollowReadAndReadAll() {
        long before = unreadCount(ADMIN);
        String first = idOf(ADMIN, notifyOne("acme", ADMIN, "One"));
        String second = idOf(ADMIN, notifyOne("acme", ADMIN, "Two"));
        notifyOne("acme", ADMIN, "Three");
        notifyOne("acme", CSM, "Not the admin's");
        assertThat(unreadCount(ADMIN)).isEqualTo(before + 3);

        String readAt = as(ADMIN).post("/api/v1/notifications/" + first + "/read").then().statusCode(200)
                .body("id", equalTo(first)).body("readAt", notNullValue()).extract().path("readAt");
        as(ADMIN).post("/api/v1/notifications/" + first + "/read").then().statusCode(200).body("readAt", equalTo(readAt));
        assertThat(unreadCount(ADMIN)).isEqualTo(before + 2);
        assertThat(ids(ADMIN, "?unread=true&limit=500")).doesNotContain(first).contains(second);
        assertThat(ids(ADMIN, "?limit=500")).contains(first, second);

        long csmUnread = unreadCount(CSM);
        as(ADMIN).post("/api/v1/notifications/read-all").then().statusCode(200).body("marked", equalTo((int) before + 2));
        assertThat(unreadCount(ADMIN)).isZero();
        assertThat(ids(ADMIN, "?unread=true")).isEmpty();
        as(ADMIN).post("/api/v1/notifications/read-all").then().statusCode(200).body("marked", equalTo(0));
        assertThat(unreadCount(CSM)).isEqualTo(csmUnread);
    }

    @Test
    void someoneElsesOrAnUnknownNotificationIsNotFound() {
        String csms = idOf(CSM, notifyOne("acme", CSM, "Only for the CSM"));

        for (String other : List.of(ADMIN, GLOBEX)) {
            as(other).post("/api/v1/notifications/" + csms + "/read").then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
        }
        as(CSM).post("/api/v1/notifications/" + UUID.randomUUID() + "/read").then().statusCode(404);
        as(CSM).post("/api/v1/notifications/not-a-uuid/read").then().statusCode(404);
        assertThat(ids(CSM, "?unread=true&limit=500")).contains(csms);
    }

    @Test
    void aRedeliveredStepNotifiesEachUserOnlyOnce() {
        UUID execution = UUID.randomUUID();
        NewNotification step2 = new NewNotification("Call ACME", "MRR dropped", UUID.randomUUID(), "/customers/x",
                NewNotification.PLAYBOOK, execution, 2);

        assertThat(notify("acme", List.of(sub(CSM), sub(ADMIN)), step2)).isEqualTo(2);
        assertThat(notify("acme", List.of(sub(CSM), sub(ADMIN), sub(CSM)), step2)).isZero();
        assertThat(notify("acme", List.of(sub(CSM)), new NewNotification("Call ACME", null, null, null,
                NewNotification.PLAYBOOK, execution, 3))).isOne();

        List<JsonNode> ofExecution = items(CSM, "?limit=500").stream()
                .filter(n -> execution.toString().equals(n.path("executionId").asText())).toList();
        assertThat(ofExecution).extracting(n -> n.path("step").asInt()).containsExactlyInAnyOrder(2, 3);
        JsonNode first = ofExecution.stream().filter(n -> n.path("step").asInt() == 2).findFirst().orElseThrow();
        assertThat(first.path("title").asText()).isEqualTo("Call ACME");
        assertThat(first.path("body").asText()).isEqualTo("MRR dropped");
        assertThat(first.path("link").asText()).isEqualTo("/customers/x");
        assertThat(first.path("kind").asText()).isEqualTo("playbook");
        assertThat(first.path("readAt").isNull()).isTrue();
    }

    @Test
    void aBadLimitCursorUnreadOrLastEventIdIsA400NamingTheField() {
        for (String limit : List.of("0", "501", "ten")) {
            as(CSM).get("/api/v1/notifications?limit=" + limit).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        }
        as(CSM).get("/api/v1/notifications?cursor=bm90LWEtY3Vyc29y").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(CSM).get("/api/v1/notifications?unread=maybe").then().statusCode(400).body("errors[0].field", equalTo("unread"));
        as(CSM).header("Last-Event-ID", "nonsense").get("/api/v1/notifications/stream").then().statusCode(400)
                .body("errors[0].field", equalTo("Last-Event-ID"));
    }

    @Test
    void onlyCsmsAndAdminsWithATokenReachTheirNotifications() {
        given().get("/api/v1/notifications").then().statusCode(401);
        given().get("/api/v1/notifications/stream").then().statusCode(401);
        TestPlatform.asIntegration("acme").get("/api/v1/notifications").then().statusCode(403);
        as(CSM).get("/api/v1/notifications").then().statusCode(200);
        as(ADMIN).get("/api/v1/notifications").then().statusCode(200);
    }

    @Test
    void theStreamDeliversTheCallersNewNotificationWithinASecondAndNoOneElses() throws Exception {
        try (SseClient client = SseClient.open(stream, TestPlatform.token(CSM), null).awaitConnected()) {
            notifyOne("acme", ADMIN, "Same tenant, other user");
            notifyOne("globex", CSM, "Same user id, other tenant");
            notifyOne("globex", GLOBEX, "Other tenant");
            long start = System.nanoTime();
            UUID mine = notifyOne("acme", CSM, "Live one");

            SseClient.Event event = client.next(Duration.ofSeconds(5));
            assertThat(event).as("an event within 5 s").isNotNull();
            assertThat(executionOf(event)).as("the first event is the caller's").isEqualTo(mine.toString());
            long latencyMs = (event.receivedAt() - start) / 1_000_000;
            System.out.println("SSE latency, from before the notifying transaction to the event: " + latencyMs + " ms");
            assertThat(event.name()).isEqualTo("notification");
            assertThat(event.id()).isNotBlank();
            assertThat(latencyMs).isLessThan(1000);

            notifyOne("acme", ADMIN, "Other user again");
            UUID next = notifyOne("acme", CSM, "Second live one");
            assertThat(executionOf(client.next(Duration.ofSeconds(5)))).isEqualTo(next.toString());
        }
    }

    @Test
    void aStreamResumedWithTheLastEventIdGetsWhatItMissed() throws Exception {
        String lastEventId;
        try (SseClient client = SseClient.open(stream, TestPlatform.token(ADMIN), null).awaitConnected()) {
            notifyOne("acme", ADMIN, "Seen");
            lastEventId = client.next(Duration.ofSeconds(5)).id();
        }
        UUID missed1 = notifyOne("acme", ADMIN, "Missed 1");
        notifyOne("acme", CSM, "Someone else's");
        UUID missed2 = notifyOne("acme", ADMIN, "Missed 2");

        try (SseClient client = SseClient.open(stream, TestPlatform.token(ADMIN), lastEventId).awaitConnected()) {
            List<String> received = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                received.add(executionOf(client.next(Duration.ofSeconds(5))));
            }
            assertThat(received).containsExactly(missed1.toString(), missed2.toString());
            assertThat(client.next(Duration.ofMillis(500))).as("nothing more").isNull();
        }
    }

    /** Notifies the realm user in the tenant, as its own playbook step; answers the execution id, a handle on it. */
    private UUID notifyOne(String tenant, String user, String title) {
        UUID execution = UUID.randomUUID();
        assertThat(notify(tenant, List.of(sub(user)), new NewNotification(title, "Body of " + title, null, null,
                NewNotification.SYSTEM, execution, 1))).isOne();
        return execution;
    }

    /** The id of the user's notification of the execution. */
    private static String idOf(String user, UUID execution) {
        return items(user, "?limit=50").stream().filter(n -> execution.toString().equals(n.path("executionId").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no notification of " + execution)).path("id").asText();
    }

    private static String executionOf(SseClient.Event event) throws java.io.IOException {
        assertThat(event).as("an event").isNotNull();
        return JSON.readTree(event.data()).path("executionId").asText();
    }

    private int notify(String tenant, List<String> users, NewNotification notification) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(session ->
                    notifications.notify(session, tenant, users, notification)));
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    private static List<JsonNode> items(String user, String query) {
        try {
            JsonNode page = JSON.readTree(as(user).get("/api/v1/notifications" + query).then().statusCode(200)
                    .extract().asString());
            List<JsonNode> items = new ArrayList<>();
            page.path("items").forEach(items::add);
            return items;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> ids(String user, String query) {
        return items(user, query).stream().map(n -> n.path("id").asText()).toList();
    }

    private static long unreadCount(String user) {
        return as(user).get("/api/v1/notifications").then().statusCode(200).extract().jsonPath().getLong("unreadCount");
    }

    /** The user's Keycloak id: the {@code sub} of their token. */
    private static String sub(String user) {
        try {
            String payload = TestPlatform.token(user).split("\\.")[1];
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                    .path("sub").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
