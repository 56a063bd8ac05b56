package io.csplatform.e2e;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * One contract's path to its e-mail is one trace: REST POST /contracts (contracts) → contracts outbox → Debezium relay
 * (the traceparent rides in the outbox headers, then as a Kafka record header) → playbook-runtime's consumer of
 * cs.contracts.events.v1 → the action command's outbox → relay → the actions service's consumer of
 * cs.actions.commands.v1 → SMTP send. The request carries a traceparent of the test's, so every span the services
 * export for it has the test's trace id, each a descendant of the one before.
 */
class TraceIT {

    private static Platform platform;
    private static String admin;

    @BeforeAll
    static void start() {
        platform = Platform.get();
        admin = platform.stack.token("acme-admin", "acme-admin");
    }

    @Test
    void aContractsPathToItsEmailIsOneTraceThroughEveryHop() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String customerId = as("customers").body(Map.of("name", "Traced " + suffix, "tags", List.of("trace-" + suffix),
                        "mainContact", Map.of("name", "Ana", "email", "ana." + suffix + "@acme.test")))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        String playbookId = as("playbook-runtime").body(Map.of("name", "Trace " + suffix,
                        "trigger", Map.of("type", "contract.created"),
                        // only this test's customer: other tests' contracts of tenant acme do not fire it
                        "conditions", Map.of("type", "customer.tags", "params", Map.of("has", List.of("trace-" + suffix))),
                        "actions", List.of(Map.of("type", "email.main-contact", "params", Map.of(
                                "subject", "Welcome {customer.name}", "body", "Hello {contact.name}")))))
                .post("/api/v1/playbooks").then().statusCode(201).extract().path("id");
        as("playbook-runtime").post("/api/v1/playbooks/" + playbookId + "/activate").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> as("contracts")
                .get("/api/v1/customers/" + customerId + "/mrr").statusCode() == 200
                && as("playbook-runtime").get("/api/v1/customers/" + customerId + "/facts").statusCode() == 200);

        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String parent = HexFormat.of().formatHex(randomBytes(8));
        as("contracts").header("traceparent", "00-" + traceId + "-" + parent + "-01")
                .body(Map.of("customerId", customerId, "mrr", 990, "currency", "BRL",
                        "startDate", LocalDate.now().toString(), "endDate", LocalDate.now().plusYears(1).toString()))
                .post("/api/v1/contracts").then().statusCode(201);

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> as("playbook-runtime")
                .get("/api/v1/playbooks/" + playbookId + "/executions").then().statusCode(200)
                .body("items[0].steps[0].status", equalTo("SUCCEEDED")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<OtlpReceiver.ReceivedSpan> spans = platform.traces.trace(traceId);
            OtlpReceiver.ReceivedSpan request = find(spans, "contracts", "POST");
            assertThat(request.parentSpanId()).isEqualTo(parent);
            // every consumer span of a hop counts (a record delivered twice, e.g. after a rebalance, has two; the
            // copy finds the e-mail already sent): the chain must run request → runtime → actions → smtp through them
            List<OtlpReceiver.ReceivedSpan> events = all(spans, "playbook-runtime", "cs.contracts.events.v1");
            List<OtlpReceiver.ReceivedSpan> commands = all(spans, "actions", "cs.actions.commands.v1");
            OtlpReceiver.ReceivedSpan smtp = find(spans, "actions", "smtp send");
            assertThat(events.stream().anyMatch(event -> descends(spans, event, request)))
                    .as("the runtime's consumer span descends from the REST request in %s", describe(spans)).isTrue();
            assertThat(commands.stream().anyMatch(command -> events.stream()
                    .anyMatch(event -> descends(spans, command, event))))
                    .as("the actions consumer span descends from the runtime's in %s", describe(spans)).isTrue();
            assertThat(commands.stream().anyMatch(command -> descends(spans, smtp, command)
                    && events.stream().anyMatch(event -> descends(spans, command, event))))
                    .as("smtp send descends from the actions consumer span in %s", describe(spans)).isTrue();
        });
    }

    private static OtlpReceiver.ReceivedSpan find(List<OtlpReceiver.ReceivedSpan> spans, String service, String name) {
        return spans.stream().filter(span -> span.service().equals(service) && span.name().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no span of " + service + " named like '" + name + "' in "
                        + spans.stream().map(span -> span.service() + ":" + span.name()).toList()));
    }

    private static List<OtlpReceiver.ReceivedSpan> all(List<OtlpReceiver.ReceivedSpan> spans, String service,
                                                       String name) {
        List<OtlpReceiver.ReceivedSpan> found = spans.stream()
                .filter(span -> span.service().equals(service) && span.name().contains(name)).toList();
        if (found.isEmpty()) {
            throw new AssertionError("no span of " + service + " named like '" + name + "' in " + describe(spans));
        }
        return found;
    }

    /** The spans as service:name(id <- parent id), so a failure shows where the chain broke. */
    private static List<String> describe(List<OtlpReceiver.ReceivedSpan> spans) {
        return spans.stream().map(span -> span.service() + ":" + span.name() + "(" + span.spanId() + " <- "
                + span.parentSpanId() + ")").toList();
    }

    /** Whether {@code span} is {@code ancestor} or below it, following parent ids through the spans received. */
    private static boolean descends(List<OtlpReceiver.ReceivedSpan> spans, OtlpReceiver.ReceivedSpan span,
                                    OtlpReceiver.ReceivedSpan ancestor) {
        OtlpReceiver.ReceivedSpan current = span;
        for (int hops = 0; current != null && hops < 50; hops++) {
            if (current.spanId().equals(ancestor.spanId())) {
                return true;
            }
            String parentId = current.parentSpanId();
            current = spans.stream().filter(candidate -> candidate.spanId().equals(parentId)).findFirst().orElse(null);
        }
        return false;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never all zeroes (an invalid id)
        return bytes;
    }

    private static RequestSpecification as(String service) {
        return given().baseUri(platform.url(service)).auth().oauth2(admin).contentType(ContentType.JSON);
    }
}
