package io.csplatform.runtime;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.runtime.schedule.ScheduledTriggerSweep;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
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
import java.util.Random;
import java.util.UUID;

import static io.csplatform.runtime.support.RuntimeKit.TENANT;
import static io.csplatform.runtime.support.RuntimeKit.activePlaybook;
import static io.csplatform.runtime.support.RuntimeKit.awaitEvaluated;
import static io.csplatform.runtime.support.RuntimeKit.customer;
import static io.csplatform.runtime.support.RuntimeKit.evaluations;
import static io.csplatform.runtime.support.RuntimeKit.executions;
import static io.csplatform.runtime.support.RuntimeKit.facts;
import static io.csplatform.runtime.support.RuntimeKit.never;
import static io.csplatform.runtime.support.RuntimeKit.playbook;
import static io.csplatform.runtime.support.RuntimeKit.publish;
import static io.csplatform.runtime.support.RuntimeKit.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every trigger of the catalog end to end on real Kafka and PostgreSQL: for a fresh customer, two active playbooks
 * on the trigger, one that matches and one that must not (trigger params the event does not satisfy, or the
 * {@code never()} condition for triggers without params); the event (or, for scheduled triggers, the facts that make
 * it due and a sweep) runs the matching one exactly once and never the other.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "runtime"))
class TriggersTest {

    private static final ZoneId TENANT_ZONE = ZoneId.of("America/Sao_Paulo");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    ScheduledTriggerSweep sweep;

    // ---- event triggers -------------------------------------------------------------------------------------------

    @Test
    void anNpsAnswerRunsThePlaybookWhoseScoreRangeItFallsIn() {
        UUID customer = customer();
        Pair pair = pair("nps.response.received", Map.of("min", 9), Map.of("max", 6));
        onlyTheMatchingOneRuns(pair, customer, "nps.response.received", Map.of("responseId", id(),
                "customerId", customer, "contactId", id(), "score", 10, "answeredAt", Instant.now().toString()));
    }

    @Test
    void aCsatAnswerRunsThePlaybookWhoseScoreRangeItFallsIn() {
        UUID customer = customer();
        Pair pair = pair("csat.response.received", Map.of("min", 4), Map.of("max", 2));
        onlyTheMatchingOneRuns(pair, customer, "csat.response.received", Map.of("responseId", id(),
                "customerId", customer, "contactId", id(), "score", 5, "answeredAt", Instant.now().toString()));
    }

    @Test
    void aCompletedBoardTaskRunsThePlaybookWhoseTitleAndLabelsItHas() {
        UUID customer = customer();
        Pair pair = pair("board.task.completed", Map.of("title", "quarterly", "labels", List.of("QBR")),
                Map.of("taskType", "onboarding"));
        onlyTheMatchingOneRuns(pair, customer, "board.task.completed", Map.of("taskId", id(), "customerId", customer,
                "userId", "csm-1", "title", "Quarterly business review", "labels", List.of("qbr"),
                "completedAt", Instant.now().toString()));
    }

    @Test
    void aCompletedChecklistItemRunsThePlaybookNamingThatItem() {
        UUID customer = customer();
        Pair pair = pair("journey.checklist-item.completed", Map.of("item", "send credentials", "title", "Setup"),
                Map.of("item", "Sign the contract"));
        onlyTheMatchingOneRuns(pair, customer, "journey.checklist-item.completed", Map.of("taskId", id(),
                "customerId", customer, "title", "Setup", "labels", List.of(), "dueDate", today().toString(),
                "itemId", id(), "item", "Send credentials", "completedDate", today().toString()));
    }

    @Test
    void aTaskScheduledTenDaysAgoRunsTheThirtyDayPlaybookNotTheSevenDayOne() {
        UUID customer = customer();
        Pair pair = pair("journey.task.scheduled", Map.of("days", 30), Map.of("days", 7));
        onlyTheMatchingOneRuns(pair, customer, "journey.task.scheduled", Map.of("taskId", id(), "customerId", customer,
                "title", "Kickoff", "labels", List.of(), "dueDate", today().plusDays(5).toString(),
                "skipWeekends", false, "scheduledOn", today().minusDays(10).toString()));
    }

    @Test
    void aCompletedJourneyTaskRunsThePlaybookWhoseStageAndLabelsItHas() {
        UUID customer = customer();
        Pair pair = pair("journey.task.completed", Map.of("stage", "onboarding", "labels", List.of("Kickoff")),
                Map.of("stage", "Renewal"));
        onlyTheMatchingOneRuns(pair, customer, "journey.task.completed", completedTask(customer, today()));
    }

    @Test
    void aNewContractRunsTheMatchingPlaybookOnceEvenWhenRedelivered() {
        UUID customer = customer();
        Pair pair = pair("contract.created");
        Map<String, Object> contract = EngineTest.contract(customer);
        EventHeaders event = onlyTheMatchingOneRuns(pair, customer, "contract.created", contract);

        redeliver(customer, "contract.created", contract, event);
        afterEverythingPublishedSoFar(customer);
        assertThat(executions(pair.matching(), customer)).hasSize(1);
        assertThat(evaluations(pair.matching(), customer)).hasSize(1);
    }

    @Test
    void aRenewedContractRunsTheMatchingPlaybook() {
        UUID customer = customer();
        Pair pair = pair("contract.renewed");
        onlyTheMatchingOneRuns(pair, customer, "contract.renewed", Map.of("contractId", id(), "customerId", customer,
                "startDate", "2027-01-01", "endDate", "2027-12-31", "mrr", 1000, "currency", "BRL", "automatic", true));
    }

    @Test
    void anUpsellRunsTheUpsellPlaybookNotTheDownsellOne() {
        UUID customer = customer();
        Pair pair = pair("contract.mrr.changed", Map.of("mode", "UPSELL"), Map.of("mode", "DOWNSELL"));
        onlyTheMatchingOneRuns(pair, customer, "contract.mrr.changed", Map.of("contractId", id(),
                "customerId", customer, "kind", "UPSELL", "previousMrr", 1000, "mrr", 1500, "delta", 500,
                "currency", "BRL", "effectiveDate", today().toString()));
    }

    @Test
    void aCancelledContractRunsTheMatchingPlaybook() {
        UUID customer = customer();
        Pair pair = pair("contract.cancelled");
        onlyTheMatchingOneRuns(pair, customer, "contract.cancelled", Map.of("contractId", id(), "customerId", customer,
                "reason", "price", "cancelledOn", today().toString(), "mrr", 1000, "currency", "BRL"));
    }

    @Test
    void aFallingHealthScoreRunsTheDownPlaybookNotTheUpOne() {
        UUID customer = customer();
        Pair pair = pair("healthscore.changed", Map.of("direction", "down", "toBand", "Yellow"),
                Map.of("direction", "up"));
        onlyTheMatchingOneRuns(pair, customer, "healthscore.changed", Map.of("customerId", customer,
                "fromScore", 70, "toScore", 40, "fromBand", "green", "toBand", "yellow",
                "changedAt", Instant.now().toString()));
    }

    @Test
    void aNewTicketRunsTheMatchingPlaybook() {
        UUID customer = customer();
        Pair pair = pair("ticket.created");
        onlyTheMatchingOneRuns(pair, customer, "ticket.created", Map.of("ticketId", id(), "customerId", customer,
                "subject", "Cannot log in", "status", "open", "closed", false, "priority", "high",
                "createdAt", Instant.now().toString(), "version", 1));
    }

    @Test
    void aTicketStatusChangeRunsThePlaybookOnItsNewStatusNotTheOneOnItsOldStatus() {
        UUID customer = customer();
        Pair pair = pair("ticket.status.changed", Map.of("to", List.of("Solved")), Map.of("from", List.of("solved")));
        onlyTheMatchingOneRuns(pair, customer, "ticket.status.changed", Map.of("ticketId", id(),
                "customerId", customer, "fromStatus", "open", "toStatus", "solved", "closed", true, "priority", "low",
                "changedAt", Instant.now().toString(), "version", 2));
    }

    @Test
    void aTicketRatingRunsThePlaybookWhoseRatingComparisonItPasses() {
        UUID customer = customer();
        Pair pair = pair("ticket.rated", Map.of("rating", Map.of("op", "lte", "value", 2)),
                Map.of("rating", Map.of("op", "gte", "value", 4)));
        onlyTheMatchingOneRuns(pair, customer, "ticket.rated", Map.of("ticketId", id(), "customerId", customer,
                "rating", 2, "status", "solved", "priority", "low", "ratedAt", Instant.now().toString(), "version", 3));
    }

    @Test
    void anOverdueChargeRunsTheMatchingPlaybook() {
        UUID customer = customer();
        Pair pair = pair("charge.overdue");
        onlyTheMatchingOneRuns(pair, customer, "charge.overdue", Map.of("chargeId", id(), "customerId", customer,
                "amount", 350, "currency", "BRL", "dueDate", today().minusDays(3).toString(), "overdueCharges", 1));
    }

    @Test
    void aCreatedChargeRunsTheCreatedPlaybookNotTheChangedOne() {
        UUID customer = customer();
        Pair pair = pair("charge.upserted", Map.of("change", "created"), Map.of("change", "changed"));
        onlyTheMatchingOneRuns(pair, customer, "charge.upserted", Map.of("chargeId", id(), "customerId", customer,
                "change", "CREATED", "amount", 350, "currency", "BRL", "dueDate", today().plusDays(10).toString(),
                "status", "open"));
    }

    @Test
    void aNewKeyUserContactRunsTheKeyUserPlaybookNotTheOtherOne() {
        UUID customer = customer();
        Pair pair = pair("contact.created", Map.of("keyUser", true), Map.of("keyUser", false));
        onlyTheMatchingOneRuns(pair, customer, "contact.created", Map.of("customerId", customer, "contactId", id(),
                "name", "Bia", "main", false, "keyUser", true));
    }

    @Test
    void anAddedTagRunsTheAddedPlaybookNotTheRemovedOne() {
        UUID customer = customer();
        Pair pair = pair("customer.tag.changed", Map.of("tag", "VIP", "change", "added"),
                Map.of("tag", "vip", "change", "removed"));
        onlyTheMatchingOneRuns(pair, customer, "customer.tag.changed", Map.of("customerId", customer,
                "tag", "vip", "change", "added"));
    }

    @Test
    void aPortfolioMoveRunsThePlaybookOnTheNewPortfolioNotTheOneOnAnother() {
        UUID customer = customer();
        UUID from = id();
        UUID to = id();
        Pair pair = pair("customer.portfolio.changed", Map.of("from", from.toString(), "to", to.toString()),
                Map.of("to", id().toString()));
        onlyTheMatchingOneRuns(pair, customer, "customer.portfolio.changed", Map.of("customerId", customer,
                "fromPortfolioId", from, "toPortfolioId", to));
    }

    @Test
    void aSaleRunsThePlaybookWhoseMinimumItReachesNotTheHigherOne() {
        UUID customer = customer();
        Pair pair = pair("sale.recorded", Map.of("minAmount", 100), Map.of("minAmount", 1000));
        onlyTheMatchingOneRuns(pair, customer, "sale.recorded", Map.of("saleId", id(), "customerId", customer,
                "product", "Training", "amount", 500, "currency", "BRL", "soldOn", today().toString(),
                "monthTotal", 500, "monthSales", 1, "yearTotal", 500, "yearSales", 1));
    }

    // ---- scheduled triggers ---------------------------------------------------------------------------------------

    @Test
    void aTaskFiveDaysLateRunsTheOverduePlaybookOnceADayNotTheThirtyDaysLateOne() {
        UUID customer = customer();
        UUID task = id();
        publish(customer, "journey.task.created", Map.of("taskId", task, "customerId", customer, "title", "Kickoff",
                "dueDate", today().minusDays(5).toString(), "skipWeekends", false));
        awaitFact(customer, "tasks.id", task);
        Pair pair = pair("customer.tasks.overdue", Map.of(), Map.of("minDaysLate", 30));
        theSweepRunsOnlyTheMatchingOneOnceADay(pair, customer);
    }

    @Test
    void aLastCompletionFortyDaysAgoRunsTheThirtyDayPlaybookOnceADayNotTheSixtyDayOne() {
        UUID customer = customer();
        Map<String, Object> completed = completedTask(customer, today().minusDays(40));
        publish(customer, "journey.task.completed", completed);
        awaitFact(customer, "tasks.id", completed.get("taskId"));
        Pair pair = pair("customer.tasks.none-completed", Map.of("days", 30), Map.of("days", 60));
        theSweepRunsOnlyTheMatchingOneOnceADay(pair, customer);
    }

    @Test
    void aDailyScheduleRunsOnceADayAndAScheduleOnAnotherWeekdayDoesNotRunToday() {
        UUID customer = customer();
        String otherWeekday = today().plusDays(1).getDayOfWeek().name().substring(0, 3);
        Pair pair = pair("schedule.periodic", Map.of("every", "P1D"), Map.of("weekdays", List.of(otherWeekday)));
        theSweepRunsOnlyTheMatchingOneOnceADay(pair, customer);
    }

    @Test
    void aContactsBirthdayTodayRunsTheBirthdayPlaybookOnceADay() {
        UUID customer = customer();
        UUID contact = id();
        publish(customer, "contact.created", Map.of("customerId", customer, "contactId", contact, "name", "Carla",
                "main", false, "keyUser", false, "birthday", today().minusYears(30).toString()));
        awaitFact(customer, "contacts.id", contact);
        Pair pair = pair("contact.birthday");
        theSweepRunsOnlyTheMatchingOneOnceADay(pair, customer);
    }

    @Test
    void theSweepReachesCustomersWhoseIdSortsBeforeTheMiddleOfTheUuidRange() {
        // PostgreSQL orders uuids as unsigned bytes: a 0... id comes before 8000...-0000-8000-..., Java's smallest
        UUID customer = customer(UUID.fromString("0" + id().toString().substring(1)));
        Pair pair = pair("schedule.periodic", Map.of("every", "P1D"), Map.of("every", "P1D", "since", "2099-01-01"));
        theSweepRunsOnlyTheMatchingOneOnceADay(pair, customer);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /**
     * Two active playbooks on a trigger. {@code blockedByCondition}: the other one's trigger passes and its
     * {@code never()} condition stops it, so it records a (not fired) evaluation even on a scheduled trigger.
     */
    private record Pair(String matching, String other, boolean blockedByCondition) {
    }

    /** A matching playbook with {@code params} and another whose {@code otherParams} the event does not satisfy. */
    private static Pair pair(String trigger, Map<String, Object> params, Map<String, Object> otherParams) {
        String suffix = suffix();
        return new Pair(activePlaybook(playbook("matches " + trigger + " " + suffix, trigger, params, null)),
                activePlaybook(playbook("not " + trigger + " " + suffix, trigger, otherParams, null)), false);
    }

    /** For a trigger without params: a matching playbook and one that the {@code never()} condition blocks. */
    private static Pair pair(String trigger) {
        String suffix = suffix();
        return new Pair(activePlaybook(playbook("matches " + trigger + " " + suffix, trigger, null, null)),
                activePlaybook(playbook("not " + trigger + " " + suffix, trigger, null, never())), true);
    }

    /** Publishes the event: the matching playbook runs once for the customer, the other records why it did not. */
    private static EventHeaders onlyTheMatchingOneRuns(Pair pair, UUID customer, String type, Map<String, Object> payload) {
        EventHeaders event = publish(customer, type, payload);
        awaitEvaluated(pair.matching(), customer, 1);
        awaitEvaluated(pair.other(), customer, 1);
        assertThat(executions(pair.matching(), customer)).singleElement()
                .satisfies(execution -> assertThat(execution).containsEntry("triggerEventId", event.id().toString()));
        assertThat(executions(pair.other(), customer)).isEmpty();
        assertThat(evaluations(pair.other(), customer)).singleElement()
                .satisfies(evaluation -> assertThat(evaluation).containsEntry("fired", false)
                        .containsEntry("occurrenceId", event.id().toString()));
        return event;
    }

    /**
     * Runs the sweep twice today: the matching playbook ran exactly once for the customer, the other never (and,
     * where its condition blocked it, recorded that it did not fire).
     */
    private void theSweepRunsOnlyTheMatchingOneOnceADay(Pair pair, UUID customer) {
        runSweep();
        // the periodic tick may have claimed today's run and still be at it: wait for the execution
        await().atMost(WAIT).until(() -> !executions(pair.matching(), customer).isEmpty());
        if (pair.blockedByCondition()) {
            awaitEvaluated(pair.other(), customer, 1);
        }

        runSweep();
        assertThat(executions(pair.matching(), customer)).hasSize(1);
        assertThat(evaluations(pair.matching(), customer)).singleElement()
                .satisfies(evaluation -> assertThat(evaluation).containsEntry("fired", true));
        assertThat(executions(pair.other(), customer)).isEmpty();
        assertThat(evaluations(pair.other(), customer))
                .allSatisfy(evaluation -> assertThat(evaluation).containsEntry("fired", false));
    }

    private void runSweep() {
        try {
            VertxContextSupport.subscribeAndAwait(() -> sweep.runAt(Instant.now()));
        } catch (Throwable e) {
            throw new AssertionError("the scheduled-trigger sweep failed", e);
        }
    }

    /** Publishes the same event again, same ce_id and payload, as a Kafka redelivery would. */
    private static void redeliver(UUID customer, String type, Map<String, Object> payload, EventHeaders headers) {
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            kafka.publish(topic(type), TENANT + ":" + customer, EventJson.write(payload), headers.toMap());
        }
    }

    /**
     * Waits until the runtime consumed every contracts event published so far for the customer: a customer.mrr.changed
     * on the same topic and key (so the same partition) comes after them and shows in the facts.
     */
    private static void afterEverythingPublishedSoFar(UUID customer) {
        double mrr = 1000 + new Random().nextInt(100_000);
        publish(customer, "customer.mrr.changed", Map.of("customerId", customer, "previousMrr", 0, "mrr", mrr,
                "arr", mrr * 12, "currency", "BRL"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(facts(customer).getDouble("customer.mrr")).isEqualTo(mrr));
    }

    private static void awaitFact(UUID customer, String path, Object id) {
        await().atMost(WAIT).until(() -> facts(customer).getList(path, String.class).contains(id.toString()));
    }

    private static Map<String, Object> completedTask(UUID customer, LocalDate completedDate) {
        return Map.of("taskId", id(), "customerId", customer, "stage", "Onboarding", "title", "Kickoff",
                "labels", List.of("kickoff"), "dueDate", completedDate.toString(),
                "completedDate", completedDate.toString(), "daysTaken", 3, "late", false);
    }

    /** Today in the tenant's time zone (acme has the default, America/Sao_Paulo). */
    private static LocalDate today() {
        return LocalDate.now(TENANT_ZONE);
    }

    private static UUID id() {
        return UUID.randomUUID();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
