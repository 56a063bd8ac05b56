package io.csplatform.healthscore;

import io.csplatform.events.ContractMessages;
import io.csplatform.events.FinanceMessages;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.SurveyMessages;
import io.csplatform.events.TicketMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ChargeOverdue;
import io.csplatform.events.payload.ChargeUpserted;
import io.csplatform.events.payload.ContractCreated;
import io.csplatform.events.payload.JourneyTaskCompleted;
import io.csplatform.events.payload.JourneyTaskCreated;
import io.csplatform.events.payload.NpsResponseReceived;
import io.csplatform.events.payload.TicketCreated;
import io.csplatform.events.payload.TicketSlaBreached;
import io.csplatform.events.payload.TicketStatusChanged;
import io.csplatform.healthscore.score.DailyRecompute;
import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.csplatform.healthscore.Inputs.PLATFORM;
import static io.csplatform.healthscore.Inputs.awaitMeasure;
import static io.csplatform.healthscore.Inputs.publish;
import static io.csplatform.healthscore.Inputs.today;
import static io.csplatform.healthscore.Inputs.usage;
import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of input event changes its measure and the stored score, whatever the arrival order of versions. */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "healthscore"))
class InputsRecomputeTest {

    private static final String TENANT = "acme";

    @Inject
    DailyRecompute daily;

    @Test
    void theScoreIsRecomputedAfterEachKindOfInputEvent() {
        UUID customer = PLATFORM.customer(TENANT, null);
        assertThat(Inputs.score(TENANT, customer).getBoolean("stored")).isFalse();

        // contract: 30 days to renewal -> 50 + 50 * 30/90
        publish(Topic.CONTRACTS_EVENTS, ContractMessages.CONTRACT_CREATED, TENANT, customer, new ContractCreated(
                UUID.randomUUID(), customer, null, new BigDecimal("1000"), "BRL", today().minusDays(335),
                today().plusDays(30), "active", "pro", List.of("core"), 10, true));
        var score = awaitMeasure(TENANT, customer, "renewal", "66.67");
        assertThat(score.getString("measures.find { it.measure == 'renewal' }.facts.daysToRenewal")).isEqualTo("30");
        assertThat(score.getFloat("score")).isEqualTo(93.33f);

        // usage: steady, then a newer version of the last 7 days at 60 (a 40% drop); an older version arriving late
        // changes nothing
        usage(TENANT, customer, 35, 1, 100, 1);
        awaitMeasure(TENANT, customer, "usage", "100");
        usage(TENANT, customer, 7, 1, 60, 3);
        usage(TENANT, customer, 7, 1, 100, 2);
        awaitMeasure(TENANT, customer, "usage", "20");

        // NPS: a detractor
        publish(Topic.SURVEYS_EVENTS, SurveyMessages.NPS_RESPONSE_RECEIVED, TENANT, customer, new NpsResponseReceived(
                UUID.randomUUID(), UUID.randomUUID(), customer, null, 2, "slow", Instant.now()));
        score = awaitMeasure(TENANT, customer, "surveys", "0");
        assertThat(score.getFloat("measures.find { it.measure == 'usage' }.value")).isEqualTo(20f);

        // tickets: opened, breached, closed
        UUID ticket = UUID.randomUUID();
        publish(Topic.TICKETS_EVENTS, TicketMessages.TICKET_CREATED, TENANT, customer, new TicketCreated(ticket, customer,
                null, null, "broken", "open", false, "high", "email", null, Instant.now(), 1));
        awaitMeasure(TENANT, customer, "tickets", "95");
        publish(Topic.TICKETS_EVENTS, TicketMessages.TICKET_SLA_BREACHED, TENANT, customer, new TicketSlaBreached(ticket,
                customer, "high", TicketSlaBreached.Metric.FIRST_RESPONSE, Instant.now().minusSeconds(60), Instant.now()));
        awaitMeasure(TENANT, customer, "tickets", "80");
        publish(Topic.TICKETS_EVENTS, TicketMessages.TICKET_STATUS_CHANGED, TENANT, customer, new TicketStatusChanged(
                ticket, customer, "open", "solved", true, "high", Instant.now(), 2));
        awaitMeasure(TENANT, customer, "tickets", "85");

        // charges: an open one past its due date, then one the finance sweep found overdue
        publish(Topic.FINANCE_EVENTS, FinanceMessages.CHARGE_UPSERTED, TENANT, customer, new ChargeUpserted(
                UUID.randomUUID(), customer, null, null, ChargeUpserted.Change.CREATED, new BigDecimal("250.00"), "BRL",
                today().minusDays(5), "open", null, null));
        awaitMeasure(TENANT, customer, "overdueCharges", "50");
        publish(Topic.FINANCE_EVENTS, FinanceMessages.CHARGE_OVERDUE, TENANT, customer, new ChargeOverdue(
                UUID.randomUUID(), customer, null, new BigDecimal("100.00"), "BRL", today().minusDays(1), 2));
        score = awaitMeasure(TENANT, customer, "overdueCharges", "0");
        assertThat(score.getFloat("measures.find { it.measure == 'overdueCharges' }.facts.overdueAmounts.BRL"))
                .isEqualTo(350f);

        // journey tasks: one past its due date, then completed
        UUID task = UUID.randomUUID();
        LocalDate due = today().minusDays(1);
        publish(Topic.JOURNEYS_EVENTS, JourneyMessages.JOURNEY_TASK_CREATED, TENANT, customer,
                new JourneyTaskCreated(task, customer, "Kick-off call", due, false, null, null));
        awaitMeasure(TENANT, customer, "overdueTasks", "80");
        publish(Topic.JOURNEYS_EVENTS, JourneyMessages.JOURNEY_TASK_COMPLETED, TENANT, customer,
                new JourneyTaskCompleted(task, customer, null, null, null, "Kick-off call", List.of(), due, today(), 3,
                        true));
        score = awaitMeasure(TENANT, customer, "overdueTasks", "100");

        // usage 20 (35), surveys 0 (15), tickets 85 (10), charges 0 (25), tasks 100 (5), renewal 66.67 (10)
        assertThat(score.getFloat("score")).isEqualTo(27.17f);
        assertThat(score.getString("band")).isEqualTo("red");
        assertThat(Inputs.changed(TENANT, customer, e -> e.path("reason").asText().contains("charge.overdue")))
                .isNotNull();
        assertThat(Inputs.count("select count(*) from health_score_history where tenant_id = ? and customer_id = ?",
                TENANT, customer)).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theDailyRecomputeMarksEachTenantOncePerTenantDay() {
        PLATFORM.customer(TENANT, null);
        LocalDate last = LocalDate.parse(String.valueOf(Inputs.count(
                "select cast(to_char(coalesce(max(last_day), current_date), 'YYYYMMDD') as bigint) from daily_sweep")).replaceFirst(
                "(\\d{4})(\\d{2})(\\d{2})", "$1-$2-$3"));
        Instant nextDay = last.plusDays(1).atTime(15, 0).atZone(Inputs.ZONE).toInstant();
        assertThat(daily.runAt(nextDay).await().indefinitely()).isGreaterThanOrEqualTo(1);
        assertThat(daily.runAt(nextDay).await().indefinitely()).isZero();
    }
}
