package io.csplatform.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Churn risk and retention on the whole platform (seeds 002, 004): a CSM flags a customer at risk, the plan's action
 * becomes a task on the CSM's board in journeys, completing it there moves the plan's progress in health-score, and the
 * weekly at-risk report goes out at the tenant's Monday 09:00 through the actions service to the leaders (role
 * cs-leader), read back from the SMTP server with its CSV attachment, once.
 */
class RetentionIT {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final String LEADER_EMAIL = "acme-leader@acme.example.com";

    private static Platform platform;
    private static String csmId;

    @BeforeAll
    static void start() {
        platform = Platform.get();
        List<Map<String, Object>> users = as("acme-admin", "customers").get("/api/v1/users").then().statusCode(200)
                .extract().path("items");
        csmId = users.stream().filter(u -> "acme-csm".equals(u.get("username"))).map(u -> (String) u.get("id"))
                .findFirst().orElseThrow();
    }

    @Test
    void aRiskIsWorkedThroughABoardTaskAndTheWeeklyReportReachesTheLeadersOnce() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String customerId = as("acme-admin", "customers").body(Map.of("name", "Retenção " + suffix))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(90)).until(() -> as("acme-csm", "health-score")
                .get("/api/v1/customers/" + customerId + "/risks").statusCode() == 200);

        String riskId = as("acme-csm", "health-score").body(Map.of("customerId", customerId, "reason", "lack-of-use",
                        "diagnosis", "technical", "notes", "logins down 35%"))
                .post("/api/v1/risks").then().statusCode(201).extract().path("id");
        LocalDate today = LocalDate.now(SAO_PAULO);
        as("acme-csm", "health-score").body(Map.of("startsOn", today.toString(), "endsOn", today.plusDays(21).toString(),
                        "goal", "usage up 20%"))
                .put("/api/v1/risks/" + riskId + "/plan").then().statusCode(200);
        String title = "Treinamento " + suffix;
        as("acme-csm", "health-score").body(Map.of("title", title, "ownerUserId", csmId,
                        "dueOn", today.plusDays(3).toString(), "goal", "10 users trained"))
                .post("/api/v1/risks/" + riskId + "/actions").then().statusCode(201);

        String card = await().atMost(Duration.ofSeconds(90)).until(() -> as("acme-csm", "journeys")
                .queryParam("limit", 500).get("/api/v1/board/tasks").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.title == 'Risk plan: " + title + "' }.id"), id -> id != null);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> as("acme-csm", "health-score")
                .get("/api/v1/risks/" + riskId).then().body("actions[0].taskId", equalTo(card)));
        as("acme-csm", "journeys").post("/api/v1/board/tasks/" + card + "/complete").then().statusCode(200);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> as("acme-csm", "health-score")
                .get("/api/v1/risks/" + riskId).then().body("actions[0].done", equalTo(true))
                .body("progress.done", equalTo(1)).body("progress.total", equalTo(1)));

        as("acme-admin", "health-score").body(Map.of("dayOfWeek", "MONDAY", "localTime", "09:00"))
                .put("/api/v1/risk-report/schedule").then().statusCode(200).body("roles", equalTo(List.of("cs-leader")));
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant nine = monday.atTime(9, 0).atZone(SAO_PAULO).toInstant();
        assertThat(sweep(nine.minus(1, ChronoUnit.MINUTES))).doesNotContain("acme");
        assertThat(sweep(nine.plus(2, ChronoUnit.MINUTES))).contains("acme");

        MimeMessage mail = await().atMost(Duration.ofSeconds(90)).until(() -> reports(monday), found -> found.size() == 1)
                .get(0);
        assertThat(text(mail, "text/plain")).contains("Retenção " + suffix).contains("lack-of-use / technical")
                .contains("plano 1/1");
        assertThat(text(mail, "text/html")).contains("<td>Retenção " + suffix + "</td>");
        String csv = attachment(mail);
        assertThat(csv).startsWith("customerId,customerName,mrr,currency,score,band,scoreTrend,reason,diagnosis")
                .contains(customerId + ",Retenção " + suffix).contains(",lack-of-use,technical,1,1,0,100,");
        String[] messageId = mail.getHeader("Message-ID");
        assertThat(messageId).isNotNull();

        assertThat(sweep(nine.plus(3, ChronoUnit.MINUTES))).doesNotContain("acme");
        as("acme-csm", "health-score").body(Map.of("outcome", "retained", "value", Map.of("amount", 1200)))
                .post("/api/v1/risks/" + riskId + "/close").then().statusCode(200).body("status", equalTo("closed"));
        // nothing more arrives for that week, whatever the sweep is asked
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(reports(monday)).hasSize(1));
        JsonPath report = as("acme-csm", "health-score").get("/api/v1/risk-report").then().statusCode(200)
                .extract().jsonPath();
        assertThat(report.getList("items.riskId")).doesNotContain(riskId);
    }

    private static List<String> sweep(Instant at) {
        return as("acme-admin", "health-score").post("/api/v1/test-hooks/risk-report-sweep?at=" + at).then()
                .statusCode(200).extract().path("sent");
    }

    /** The weekly reports of that Monday received by the leader. */
    private static List<MimeMessage> reports(LocalDate monday) {
        return platform.stack.receivedMails().stream().filter(mail -> {
            try {
                return mail.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(LEADER_EMAIL)
                        && mail.getSubject().startsWith("Clientes em risco — " + monday);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String attachment(MimeMessage mail) throws MessagingException, IOException {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                assertThat(part.getFileName()).isEqualTo("clientes-em-risco-" + mail.getSubject()
                        .substring("Clientes em risco — ".length(), "Clientes em risco — ".length() + 10) + ".csv");
                try (InputStream in = part.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no attachment");
    }

    private static String text(MimeMessage mail, String type) throws MessagingException, IOException {
        return part((Multipart) mail.getContent(), type);
    }

    private static String part(Multipart multipart, String type) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            var body = multipart.getBodyPart(i);
            if (body.isMimeType(type) && body.getFileName() == null) {
                return body.getContent().toString();
            }
            if (body.getContent() instanceof Multipart nested) {
                String found = part(nested, type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    private static RequestSpecification as(String user, String service) {
        return given().baseUri(platform.url(service)).auth().oauth2(platform.stack.token(user, user))
                .contentType(ContentType.JSON);
    }
}
