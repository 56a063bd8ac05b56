package io.csplatform.healthscore.report;

import io.csplatform.devstack.DevStack;
import io.csplatform.events.ActionMessages;
import io.csplatform.events.ContractMessages;
import io.csplatform.events.ContractSchemas;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.CustomerMrrChanged;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
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

import static io.csplatform.testing.TestPlatform.as;
import static io.csplatform.testing.TestPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "healthscore"))
class RiskReportTest {

    static final TestPlatform PLATFORM = new TestPlatform(Topic.HEALTHSCORE_EVENTS, "risks");
    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    @Test
    void theReportShowsEachCustomerAtRiskWithMrrScoreTrendReasonAndProgressAsJsonAndCsv() throws SQLException {
        UUID customerId = PLATFORM.customer("acme", null);
        mrr(customerId, new BigDecimal("2500.00"));
        BigDecimal score = scores(customerId);
        String riskId = as("acme-csm").body(Map.of("customerId", customerId, "reason", "product-value",
                        "diagnosis", "strategic"))
                .post("/api/v1/risks").then().statusCode(201).extract().path("id");
        as("acme-csm").body(Map.of("title", "Show ROI", "ownerUserId", "csm-1", "dueOn", LocalDate.now(java.time.ZoneId.of("America/Sao_Paulo")).plusDays(5).toString()))
                .post("/api/v1/risks/" + riskId + "/actions").then().statusCode(201);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath report = as("acme-leader").get("/api/v1/risk-report").then().statusCode(200).extract().jsonPath();
            Map<String, Object> row = report.getMap("items.find { it.customerId == '" + customerId + "' }");
            assertThat(row).isNotNull().containsEntry("riskId", riskId).containsEntry("currency", "BRL")
                    .containsEntry("reason", "product-value").containsEntry("diagnosis", "strategic")
                    .containsEntry("actionsTotal", 1).containsEntry("actionsDone", 0).containsEntry("daysOpen", 0);
            assertThat(new BigDecimal(row.get("mrr").toString())).isEqualByComparingTo("2500");
            assertThat(new BigDecimal(row.get("score").toString())).isEqualByComparingTo(score);
            assertThat(new BigDecimal(row.get("scoreTrend").toString())).isEqualByComparingTo(score.subtract(new BigDecimal("70")));
            assertThat(report.getString("timeZone")).isEqualTo("America/Sao_Paulo");
        });

        String csv = as("acme-csm").accept("text/csv").get("/api/v1/risk-report").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.lines().findFirst()).hasValue(String.join(",", RiskReportFormats.COLUMNS));
        assertThat(csv.lines().filter(line -> line.startsWith(customerId.toString())).findFirst()).hasValueSatisfying(line ->
                assertThat(line).contains(",2500,BRL,").contains(",product-value,strategic,0,1,0,0,").endsWith(riskId));
        as("acme-csm").get("/api/v1/risk-report?format=csv").then().statusCode(200).contentType(startsWith("text/csv"))
                .body(containsString(customerId.toString()));
        as("acme-csm").get("/api/v1/risk-report?format=xml").then().statusCode(400)
                .body("errors.field", equalTo(List.of("format")));
        assertThat(as("globex-csm").get("/api/v1/risk-report?format=csv").then().statusCode(200).extract().asString())
                .doesNotContain(customerId.toString());
    }

    @Test
    void theWeeklyReportGoesOutOnceAtTheTenantsLocalMondayNineAsAReportEmailCommand() {
        as("acme-admin").get("/api/v1/risk-report/schedule").then().statusCode(200);
        as("acme-csm").body(Map.of("dayOfWeek", "MONDAY", "localTime", "09:00"))
                .put("/api/v1/risk-report/schedule").then().statusCode(403);
        as("acme-admin").body(Map.of("dayOfWeek", "MONTAG", "localTime", "9h"))
                .put("/api/v1/risk-report/schedule").then().statusCode(400)
                .body("errors.field", equalTo(List.of("dayOfWeek", "localTime")));
        as("acme-admin").body(Map.of("dayOfWeek", "MONDAY", "localTime", "09:00", "userIds", List.of("someone")))
                .put("/api/v1/risk-report/schedule").then().statusCode(200)
                .body("configured", equalTo(true)).body("enabled", equalTo(true)).body("roles", equalTo(List.of()));
        as("acme-admin").body(Map.of("dayOfWeek", "MONDAY", "localTime", "09:00"))
                .put("/api/v1/risk-report/schedule").then().statusCode(200).body("roles", equalTo(List.of("cs-leader")));
        UUID customerId = PLATFORM.customer("acme", null);
        as("acme-csm").body(Map.of("customerId", customerId, "reason", "experience", "diagnosis", "relational"))
                .post("/api/v1/risks").then().statusCode(201);

        LocalDate monday = LocalDate.now(SAO_PAULO).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant nine = monday.atTime(9, 0).atZone(SAO_PAULO).toInstant();
        assertThat(sweep(nine.minus(1, ChronoUnit.MINUTES))).doesNotContain("acme");
        assertThat(sweep(nine.plus(5, ChronoUnit.MINUTES))).contains("acme");
        assertThat(sweep(nine.plus(6, ChronoUnit.MINUTES))).doesNotContain("acme");
        assertThat(sweep(nine.plus(2, ChronoUnit.DAYS))).doesNotContain("acme");

        String key = "risk-report:" + ReportWeeks.week(monday);
        List<KafkaMessage> emails;
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            emails = kafka.awaitAll(Topic.ACTIONS_COMMANDS.name(), m -> "acme".equals(m.header("ce_tenantid"))
                    && ActionMessages.REPORT_EMAIL.name().equals(m.header("ce_type"))
                    && m.value().contains(key), 1, Duration.ofSeconds(60));
        }
        assertThat(ContractSchemas.violations(ActionMessages.REPORT_EMAIL, emails.get(0).value())).isEmpty();
        Map<String, Object> email = json(emails.get(0));
        assertThat(email).containsEntry("key", key).containsEntry("roles", List.of("cs-leader"));
        assertThat((String) email.get("subject")).startsWith("Clientes em risco — " + monday);
        @SuppressWarnings("unchecked")
        Map<String, Object> attachment = (Map<String, Object>) email.get("attachment");
        assertThat(attachment).containsEntry("contentType", "text/csv");
        assertThat((String) attachment.get("content")).contains(customerId.toString()).contains("experience,relational");
        as("acme-admin").get("/api/v1/risk-report/schedule").then().statusCode(200)
                .body("lastWeek", equalTo(ReportWeeks.week(monday)));
    }

    private static List<String> sweep(Instant at) {
        return as("acme-admin").post("/api/v1/test-hooks/risk-report-sweep?at=" + at).then().statusCode(200)
                .extract().path("sent");
    }

    private static void mrr(UUID customerId, BigDecimal mrr) {
        var headers = EventHeaders.origin("/services/contracts", ContractMessages.CUSTOMER_MRR_CHANGED, "acme", customerId,
                Instant.now());
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            kafka.publish(Topic.CONTRACTS_EVENTS.name(), Topic.key("acme", customerId), EventJson.write(
                    new CustomerMrrChanged(customerId, BigDecimal.ZERO, mrr, mrr.multiply(BigDecimal.valueOf(12)), "BRL")),
                    headers.toMap());
        }
    }

    /**
     * A score 8 days ago (70) in the score history, and a current score when the scoring has none yet; answers the
     * current score (the scoring may have computed its own).
     */
    private static BigDecimal scores(UUID customerId) throws SQLException {
        DevStack stack = TestPlatform.stack();
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl("healthscore"), stack.postgresUser(),
                stack.postgresPassword())) {
            Instant weekAgo = Instant.now().minus(8, ChronoUnit.DAYS);
            // the history's key is the scoring's choice (a uuid id or a generated sequence): give an id when it has one
            boolean hasId;
            try (ResultSet columns = db.getMetaData().getColumns(null, "healthscore", "health_score_history", "id")) {
                hasId = columns.next();
            }
            try (var insert = db.prepareStatement("insert into health_score_history (" + (hasId ? "id, " : "")
                    + "tenant_id, customer_id, score, band, explanation, computed_at) values (" + (hasId ? "?, " : "")
                    + "'acme', ?, 70, 'yellow', '{}'::jsonb, ?)")) {
                int at = 1;
                if (hasId) {
                    insert.setObject(at++, UUID.randomUUID());
                }
                insert.setObject(at++, customerId);
                insert.setObject(at, java.sql.Timestamp.from(weekAgo));
                insert.executeUpdate();
            }
            try (var insert = db.prepareStatement("""
                    insert into health_score (tenant_id, customer_id, score, band, explanation, model_version, computed_at)
                    values ('acme', ?, 42.5, 'red', '{}'::jsonb, 1, now()) on conflict do nothing""")) {
                insert.setObject(1, customerId);
                insert.executeUpdate();
            }
            try (var select = db.prepareStatement("select score from health_score where tenant_id = 'acme' and customer_id = ?")) {
                select.setObject(1, customerId);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getBigDecimal(1);
                }
            }
        }
    }
}
