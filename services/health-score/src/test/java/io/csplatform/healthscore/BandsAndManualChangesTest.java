package io.csplatform.healthscore;

import io.csplatform.events.ContractMessages;
import io.csplatform.events.FinanceMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ChargeOverdue;
import io.csplatform.events.payload.ContractCreated;
import io.csplatform.events.payload.HealthScoreSet;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.healthscore.Inputs.PLATFORM;
import static io.csplatform.healthscore.Inputs.WAIT;
import static io.csplatform.healthscore.Inputs.awaitBand;
import static io.csplatform.healthscore.Inputs.publish;
import static io.csplatform.healthscore.Inputs.today;
import static io.csplatform.healthscore.Inputs.usage;
import static io.csplatform.testing.TestPlatform.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Bands crossing with healthscore.changed, manual changes (REST and healthscore.set) with their reason, history. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "healthscore"))
class BandsAndManualChangesTest {

    private static final String TENANT = "acme";

    @Test
    void overdueChargesAndAUsageDropCrossIntoRedAndAManualChangeWithItsReasonBringsItBack() {
        UUID customer = PLATFORM.customer(TENANT, null);
        publish(Topic.CONTRACTS_EVENTS, ContractMessages.CONTRACT_CREATED, TENANT, customer, new ContractCreated(
                UUID.randomUUID(), customer, null, new BigDecimal("500"), "BRL", today().minusDays(30),
                today().plusDays(330), "active", "pro", List.of("core"), 5, true));
        usage(TENANT, customer, 35, 1, 100, 1);
        awaitBand(TENANT, customer, "green");
        // the first score has no from; the usage days arrive one by one, so the bands on the way may vary
        Inputs.changed(TENANT, customer, e -> e.path("fromBand").isNull() && e.path("fromScore").isNull());
        Inputs.changed(TENANT, customer, e -> "green".equals(e.path("toBand").asText()));

        for (int i = 0; i < 2; i++) {
            publish(Topic.FINANCE_EVENTS, FinanceMessages.CHARGE_OVERDUE, TENANT, customer, new ChargeOverdue(
                    UUID.randomUUID(), customer, null, new BigDecimal("400.00"), "BRL", today().minusDays(3), i + 1));
        }
        usage(TENANT, customer, 7, 1, 20, 2);
        // the days arrive one by one: the first red score may be on the way to the final one
        var red = Inputs.awaitScore(TENANT, customer, "29.41");
        assertThat(red.getString("band")).isEqualTo("red");
        KafkaMessage intoRed = Inputs.changed(TENANT, customer, e -> "red".equals(e.path("toBand").asText()));
        assertThat(Inputs.json(intoRed).path("fromBand").asText()).isIn("green", "yellow");

        // a CSM's manual change: the value, the reason, the caller as author, at once
        as(TENANT + "-csm").body(Map.of("value", 80, "reason", "Renewal call went well")).post(path(customer, "/adjustments"))
                .then().statusCode(201).body("score", equalTo(80.0f)).body("band", equalTo("green"))
                .body("computed", equalTo(29.41f)).body("manual.adjustments[0].reason", equalTo("Renewal call went well"))
                .body("manual.adjustments[0].author", notNullValue());
        KafkaMessage back = Inputs.changed(TENANT, customer, e -> "Renewal call went well".equals(e.path("reason").asText()));
        assertThat(Inputs.json(back).path("fromBand").asText()).isEqualTo("red");
        assertThat(Inputs.json(back).path("toScore").decimalValue()).isEqualByComparingTo("80");
        as(TENANT + "-csm").body(Map.of("delta", -15.5, "reason", "Champion left")).post(path(customer, "/adjustments"))
                .then().statusCode(201).body("score", equalTo(64.5f)).body("band", equalTo("yellow"));

        // history: newest first, a page at a time
        var first = as(TENANT + "-csm").get(path(customer, "/history?limit=1")).then().statusCode(200)
                .body("items[0].reason", equalTo("Champion left")).body("items[0].fromBand", equalTo("green"))
                .body("items[0].band", equalTo("yellow")).body("items[0].explanation.manual.adjustments.size()", equalTo(2))
                .extract().jsonPath();
        String cursor = first.getString("nextCursor");
        assertThat(cursor).isNotNull();
        as(TENANT + "-csm").get(path(customer, "/history?limit=1&cursor=" + cursor)).then().statusCode(200)
                .body("items[0].reason", equalTo("Renewal call went well")).body("items[0].score", equalTo(80.0f));
        int all = as(TENANT + "-csm").get(path(customer, "/history?limit=500")).then().statusCode(200)
                .body("nextCursor", nullValue()).extract().path("items.size()");
        assertThat(all).isGreaterThanOrEqualTo(4);
        var trend = as(TENANT + "-csm").get(path(customer, "/trend?days=7")).then().statusCode(200)
                .body("toScore", equalTo(64.5f)).body("points.size()", equalTo(1)).body("points[0].band", equalTo("yellow"))
                .extract().jsonPath();
        float change = 64.5f - trend.getFloat("fromScore");
        assertThat(trend.getFloat("change")).isCloseTo(change, org.assertj.core.data.Offset.offset(0.001f));
        assertThat(trend.getString("direction")).isEqualTo(change > 0 ? "up" : change < 0 ? "down" : "flat");
    }

    @Test
    void healthscoreSetAppliesOnceAndConfirmsItsStepInTheSameTransaction() {
        UUID customer = PLATFORM.customer(TENANT, null);
        var step = Inputs.step();
        var command = new HealthScoreSet(step, customer, new BigDecimal("25"), null, "At risk: no logins", "playbook");
        Map<String, String> headers = Inputs.command(TENANT, command);
        var result = Inputs.result(step);
        assertThat(result.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(result.path("actionType").asText()).isEqualTo("healthscore.set");
        assertThat(result.path("detail").asText()).contains("25.00 (red)", "At risk: no logins");
        var score = Inputs.score(TENANT, customer);
        assertThat(score.getFloat("score")).isEqualTo(25f);
        assertThat(score.getString("manual.adjustments[0].author")).isEqualTo("playbook");
        KafkaMessage changed = Inputs.changed(TENANT, customer, e -> "At risk: no logins".equals(e.path("reason").asText()));
        assertThat(changed.header("ce_causationid")).isEqualTo(headers.get("ce_id"));

        // redelivered: applied once; a later command applies on top of it
        Inputs.redeliver(TENANT, command, headers);
        var next = Inputs.step();
        Inputs.command(TENANT, new HealthScoreSet(next, customer, null, new BigDecimal("10"), "Workshop booked", null));
        assertThat(Inputs.result(next).path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(Inputs.count("select count(*) from manual_adjustment where tenant_id = ? and customer_id = ?",
                TENANT, customer)).isEqualTo(2);
        assertThat(Inputs.score(TENANT, customer).getFloat("score")).isEqualTo(35f);
    }

    @Test
    void aCommandThatCannotApplyIsDeadLetteredWithTheReason() {
        UUID customer = PLATFORM.customer(TENANT, null);
        var both = Inputs.command(TENANT, new HealthScoreSet(Inputs.step(), customer, BigDecimal.ONE, BigDecimal.ONE,
                "both", null));
        assertThat(Inputs.deadLettered(both).header("dead-letter-reason"))
                .contains("healthscore.set cannot be applied", "exactly one of value and delta");
        var unknown = Inputs.command(TENANT, new HealthScoreSet(Inputs.step(), UUID.randomUUID(), BigDecimal.ONE, null,
                "who?", null));
        assertThat(Inputs.deadLettered(unknown).header("dead-letter-reason"))
                .contains("healthscore.set cannot be applied", "unknown to the health-score service");
    }

    @Test
    void aManualChangeNeedsAReasonAndOneOfValueOrDeltaAndOnlyTheTenantsCustomers() {
        UUID customer = PLATFORM.customer(TENANT, null);
        as(TENANT + "-csm").body(Map.of("value", 50)).post(path(customer, "/adjustments")).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("reason"));
        as(TENANT + "-csm").body(Map.of("value", 50, "delta", 5, "reason", "x")).post(path(customer, "/adjustments"))
                .then().statusCode(400).body("errors[0].field", equalTo("delta"));
        as(TENANT + "-csm").body(Map.of("value", 150, "reason", "x")).post(path(customer, "/adjustments"))
                .then().statusCode(400).body("errors[0].field", equalTo("value"));
        as(TENANT + "-csm").body(Map.of("value", "high", "reason", "x")).post(path(customer, "/adjustments"))
                .then().statusCode(400);
        as("globex-csm").body(Map.of("value", 50, "reason", "x")).post(path(customer, "/adjustments"))
                .then().statusCode(404).contentType("application/problem+json");
        for (String sub : List.of("", "/history", "/trend")) {
            as("globex-csm").get(path(customer, sub)).then().statusCode(404).contentType("application/problem+json");
            as(TENANT + "-csm").get(path(UUID.randomUUID(), sub)).then().statusCode(404);
            given().get(path(customer, sub)).then().statusCode(401);
        }
        as(TENANT + "-csm").get(path(customer, "/history?limit=0")).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as(TENANT + "-csm").get(path(customer, "/history?cursor=nope")).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        as(TENANT + "-csm").get(path(customer, "/trend?days=0")).then().statusCode(400)
                .body("errors[0].field", equalTo("days"));
        await().atMost(WAIT).until(() -> Inputs.count(
                "select count(*) from manual_adjustment where tenant_id = ? and customer_id = ?", TENANT, customer) == 0);
    }

    private static String path(UUID customer, String sub) {
        return "/api/v1/customers/" + customer + "/health-score" + sub;
    }
}
