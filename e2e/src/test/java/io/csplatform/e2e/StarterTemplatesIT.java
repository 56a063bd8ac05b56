package io.csplatform.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Starter templates 1 and 2 of seed 000 end to end, through the public APIs only, on tenant globex (no other test
 * activates playbooks there): a new contract sends the welcome e-mail and creates the Kickoff task; with every
 * service's clock moved 32 days, the Kickoff still pending notifies the CSM, and a customer whose Kickoff was completed
 * is not notified, its evaluation trace naming the failed condition.
 */
class StarterTemplatesIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ZoneId TENANT_ZONE = ZoneId.of("America/Sao_Paulo");
    private static Platform platform;
    private static String admin;
    private static String csm;

    @BeforeAll
    static void start() {
        platform = Platform.get();
        admin = platform.stack.token("globex-admin", "globex-admin");
        csm = platform.stack.token("globex-csm", "globex-csm");
    }

    @AfterAll
    static void realTimeAgain() {
        if (platform != null) {
            platform.clockOffset(Duration.ZERO);
        }
    }

    @Test
    void welcomeAndKickoffOnANewContract_thenThePendingKickoffNotifiesTheCsm30DaysLaterButNotTheCompletedOne() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String onboarding = fromTemplate("onboarding-welcome-kickoff", Map.of("name", "Onboarding " + suffix));
        // the daily check at 00:00 instead of 08:00, so the day is due whatever the hour the test runs
        String kickoffOverdue = fromTemplate("kickoff-overdue-30d", Map.of("name", "Kickoff atrasado " + suffix,
                "triggerParams", Map.of("every", "P1D", "at", "00:00")));
        String csmId = userId("globex-csm");
        String ownerType = as("customers", admin).get("/api/v1/owner-types").then().statusCode(200)
                .extract().path("items.find { it.isDefault }.id");

        String pending = customer("Pendente " + suffix, "ana." + suffix + "@globex.example.com", ownerType, csmId);
        String done = customer("Concluído " + suffix, "bia." + suffix + "@globex.example.com", ownerType, csmId);

        // template 1: welcome e-mail to the main contact and the Kickoff task, for each new contract
        for (String customer : List.of(pending, done)) {
            LocalDate today = LocalDate.now(TENANT_ZONE);
            as("contracts", admin).body(Map.of("customerId", customer, "mrr", 900, "currency", "BRL",
                            "startDate", today.toString(), "endDate", today.plusYears(1).toString()))
                    .post("/api/v1/contracts").then().statusCode(201);
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(mailsTo("ana." + suffix + "@globex.example.com"))
                .singleElement().satisfies(m -> assertThat(m.getSubject()).isEqualTo("Bem-vindo, Pendente " + suffix + "!")));
        String doneKickoff = kickoff(done);
        kickoff(pending);
        await().atMost(WAIT).untilAsserted(() -> as("playbook-runtime", admin)
                .get("/api/v1/playbooks/" + onboarding + "/executions").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("items.status", equalTo(List.of("COMPLETED", "COMPLETED"))));

        // the second customer completes its Kickoff; the first does not
        as("journeys", admin).post("/api/v1/tasks/" + doneKickoff + "/complete").then().statusCode(200);
        await().atMost(WAIT).untilAsserted(() -> as("playbook-runtime", admin).get("/api/v1/customers/" + done + "/facts")
                .then().statusCode(200).body("tasks.find { it.title == 'Kickoff' }.status", equalTo("COMPLETED")));

        // template 2, 32 days later: the daily check notifies the CSM of the pending Kickoff only
        platform.clockOffset(Duration.ofDays(32));
        String expected = "Kickoff de Pendente " + suffix + " não concluído em 30 dias";
        await().atMost(WAIT).untilAsserted(() -> assertThat(as("actions", csm).get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items.title", String.class)).contains(expected));
        assertThat(as("actions", csm).get("/api/v1/notifications").then().extract().jsonPath()
                .getList("items.title", String.class)).doesNotContain("Kickoff de Concluído " + suffix + " não concluído em 30 dias");

        JsonPath notFired = await().atMost(WAIT).until(() -> evaluation(kickoffOverdue, done), e -> e != null);
        assertThat(notFired.getBoolean("fired")).isFalse();
        assertThat(notFired.getList("trace.findAll { !it.passed }.type", String.class)).contains("journey.task.status");
        // the pending Kickoff's customer: an evaluation that fired (later ticks of the sweep may add others)
        assertThat(evaluations(kickoffOverdue, pending)).as("evaluations of the pending Kickoff's customer")
                .anySatisfy(e -> assertThat(e.get("fired")).isEqualTo(true));
        assertThat(evaluations(kickoffOverdue, done)).as("evaluations of the completed Kickoff's customer")
                .allSatisfy(e -> assertThat(e.get("fired")).isEqualTo(false));
    }

    private static String fromTemplate(String template, Map<String, Object> overrides) {
        String id = as("playbook-runtime", admin).body(overrides)
                .post("/api/v1/playbook-templates/" + template + "/instantiate").then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");
        as("playbook-runtime", admin).post("/api/v1/playbooks/" + id + "/activate").then().statusCode(200);
        return id;
    }

    private static String customer(String name, String email, String ownerType, String csmId) {
        String id = as("customers", admin).body(Map.of("name", name, "mainContact", Map.of("name", "Ana", "email", email)))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        as("customers", admin).body(Map.of("userId", csmId)).put("/api/v1/customers/" + id + "/owners/" + ownerType)
                .then().statusCode(200);
        await().atMost(WAIT).until(() -> as("contracts", admin).get("/api/v1/customers/" + id + "/mrr").statusCode() == 200);
        return id;
    }

    /** The customer's one Kickoff task, once journeys has it. */
    private static String kickoff(String customer) {
        return await().atMost(WAIT).until(() -> as("journeys", admin).get("/api/v1/customers/" + customer + "/tasks")
                .then().statusCode(200).extract().jsonPath().<String>getList("items.findAll { it.title == 'Kickoff' }.id"),
                ids -> ids.size() == 1).get(0);
    }

    /** The newest evaluation of the playbook for the customer, or null. */
    private static List<Map<String, Object>> evaluations(String playbook, String customer) {
        List<Map<String, Object>> items = as("playbook-runtime", admin).queryParam("limit", 500)
                .get("/api/v1/playbooks/" + playbook + "/evaluations").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(e -> customer.equals(e.get("customerId"))).toList();
    }

    private static JsonPath evaluation(String playbook, String customer) {
        JsonPath page = as("playbook-runtime", admin).queryParam("limit", 500)
                .get("/api/v1/playbooks/" + playbook + "/evaluations").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        return items.stream().filter(e -> customer.equals(e.get("customerId"))).findFirst()
                .map(e -> JsonPath.from(io.csplatform.events.EventJson.write(e))).orElse(null);
    }

    private static String userId(String username) {
        List<Map<String, Object>> users = as("customers", admin).get("/api/v1/users").then().statusCode(200)
                .extract().path("items");
        return users.stream().filter(u -> username.equals(u.get("username"))).map(u -> (String) u.get("id"))
                .findFirst().orElseThrow();
    }

    private static List<MimeMessage> mailsTo(String email) {
        return platform.stack.receivedMails().stream().filter(mail -> {
            try {
                return mail.getAllRecipients()[0].toString().equals(email);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static RequestSpecification as(String service, String token) {
        return given().baseUri(platform.url(service)).auth().oauth2(token).contentType(ContentType.JSON);
    }
}
