package io.csplatform.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.csplatform.e2e.TemplateScenarios.TENANT_ZONE;
import static io.csplatform.e2e.TemplateScenarios.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The event-driven starter templates end to end, on tenant globex, through the public APIs only: one test per
 * template, each with a customer whose facts fire it and one with one fact changed that must not.
 *
 * <p>Every scenario is set up at once in {@link #fireEveryScenario()}: the journey tasks completed, the NPS answers
 * given through the personal links e-mailed by the platform, the tickets opened, the health scores changed by hand
 * (manual changes, as a CSM makes them: 90, then down to 30 or 50) and the charges registered (one paid). Once the training check-in is waiting as a
 * delayed step, every service's clock moves ONCE, 33 days on: the delayed step (P30D, on a weekday) is due, and the charges due 5
 * days after today are past their due date for finance's overdue sweep. Each test then awaits its expectations.
 *
 * <p>What "must not fire" means per template. Where the trigger has no conditions (training-checkin-30d,
 * expansion-workshop-upsell) the changed fact is the trigger's: a task of another title completed; the runtime
 * records that evaluation, not fired, its trace's failed entry being the trigger with the title it saw. For
 * nps-detractor-task the answer 8 fails the trigger's {@code max} 6 (the trace's failed entry is the trigger, seeing
 * score 8 and max 6); ticket-sla-risk and low-health-score fail their condition ({@code ticket.priority} seeing
 * "low", {@code healthscore.value} seeing 50). For charge-overdue-alert the charge paid before its due date never
 * becomes overdue, so finance publishes no {@code charge.overdue} and the runtime records no evaluation at all for
 * that customer: the test asserts that, and that the charge is paid while the other customer's, due the same day,
 * was swept overdue. In every not-fire case: no execution, no notification, no task for that customer.
 *
 * <p>Other tests may have playbooks from the same templates active on globex: everything is asserted on this class's
 * playbooks, customers (names with a random suffix) and their notifications and cards only.
 */
class StarterTemplateEventsIT {

    /**
     * How far every clock moves. The check-in's P30D skips weekends (training-checkin-30d's skipWeekends): 30 days on
     * may be a Saturday or Sunday, and then the step is due the Monday at 00:00 in the tenant's zone, up to 32 days
     * on. 31 days failed on 2026-12-03, whose 30th day on is a Saturday: the step was still waiting for Monday.
     */
    private static final Duration MOVED = Duration.ofDays(33);
    private static final Pattern SURVEY_LINK = Pattern.compile("(/public/surveys/[A-Za-z0-9._~-]+)");

    private static TemplateScenarios s;
    private static String suffix;
    private static Map<String, String> playbook;
    private static Scenario training;
    private static Scenario workshop;
    private static Scenario nps;
    private static Scenario ticket;
    private static Scenario health;
    private static Scenario charge;
    private static String firedCharge;
    private static String paidCharge;

    /** Two customers of one template: the one that fires it, and the one with one fact changed. */
    private record Scenario(String fires, String firesName, String not, String notName) {
    }

    @BeforeAll
    static void fireEveryScenario() {
        s = TemplateScenarios.globex();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        playbook = new java.util.concurrent.ConcurrentHashMap<>();
        for (String template : List.of("training-checkin-30d", "expansion-workshop-upsell", "nps-detractor-task",
                "ticket-sla-risk", "low-health-score", "charge-overdue-alert")) {
            playbook.put(template, s.fromTemplate(template, Map.of("name", template + " " + suffix)));
        }
        training = scenario("Treino");
        workshop = scenario("Workshop");
        nps = scenario("NPS");
        ticket = scenario("Ticket");
        health = scenario("Saude");
        charge = scenario("Cobranca");
        List<Scenario> all = List.of(training, workshop, nps, ticket, health, charge);
        all.forEach(sc -> {
            s.awaitOwnerInFacts(sc.fires());
            s.awaitOwnerInFacts(sc.not());
        });

        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> {
                    completeTask(training.fires(), "Treinamento");
                    completeTask(training.not(), "Reunião de alinhamento");
                }),
                CompletableFuture.runAsync(() -> {
                    completeTask(workshop.fires(), "Workshop de expansão");
                    completeTask(workshop.not(), "Workshop de onboarding");
                }),
                CompletableFuture.runAsync(() -> {
                    String detractor = surveyLink(nps.fires(), "nina." + email(nps.firesName()));
                    String passive = surveyLink(nps.not(), "nina." + email(nps.notName()));
                    answer(detractor, 3);
                    answer(passive, 8);
                }),
                CompletableFuture.runAsync(() -> {
                    openTicket(ticket.fires(), "urgent");
                    openTicket(ticket.not(), "low");
                }),
                CompletableFuture.runAsync(() -> {
                    setScore(health.fires(), 30);
                    setScore(health.not(), 50);
                }),
                CompletableFuture.runAsync(() -> {
                    LocalDate due = LocalDate.now(TENANT_ZONE).plusDays(5);
                    firedCharge = registerCharge(charge.fires(), due);
                    paidCharge = registerCharge(charge.not(), due);
                    s.as("finance", s.admin).body(Map.of("paidDate", LocalDate.now(TENANT_ZONE).toString()))
                            .post("/api/v1/charges/" + paidCharge + "/payment").then().statusCode(200);
                })).join();

        // the check-in waits as a delayed step of the training's execution: then 33 days pass at once
        await().atMost(WAIT).untilAsserted(() -> assertThat(s.executions(playbook.get("training-checkin-30d"),
                training.fires())).singleElement().satisfies(e -> assertThat(e.get("steps"))
                .asInstanceOf(LIST).singleElement().satisfies(step -> assertThat(((Map<?, ?>) step).get("status"))
                        .isEqualTo("SCHEDULED"))));
        s.platform.clockOffset(MOVED);
    }

    @AfterAll
    static void realTimeAgain() {
        if (s != null) {
            s.deactivatePlaybooks();
            s.platform.clockOffset(Duration.ZERO);
        }
    }

    /** training-checkin-30d: 'Treinamento' completed → 30 days later the check-in task is in the journey. */
    @Test
    void trainingCompletedCreatesTheCheckinTask30DaysLater_butAnotherTaskCompletedDoesNot() {
        String id = playbook.get("training-checkin-30d");
        await().atMost(WAIT).untilAsserted(() -> assertThat(s.taskTitles(training.fires()))
                .contains("Check-in pós-treinamento"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(s.executions(id, training.fires())).singleElement()
                .satisfies(e -> assertThat(e.get("steps")).asInstanceOf(LIST).singleElement().satisfies(step ->
                        assertThat(((Map<?, ?>) step).get("status")).isEqualTo("SUCCEEDED"))));

        assertTriggerRefused(id, training.not(), "event.title", "Reunião de alinhamento");
        assertThat(s.taskTitles(training.not())).doesNotContain("Check-in pós-treinamento");
    }

    /** expansion-workshop-upsell: 'Workshop de expansão' completed → the upsell meeting on the CSM's board. */
    @Test
    void workshopCompletedPutsTheUpsellMeetingOnTheCsmsBoard_butAnotherWorkshopDoesNot() {
        await().atMost(WAIT).untilAsserted(() -> assertThat(s.boardTitles(workshop.fires()))
                .contains("Reunião estratégica (upsell) com " + workshop.firesName()));
        awaitCompleted("expansion-workshop-upsell", workshop.fires());

        assertTriggerRefused(playbook.get("expansion-workshop-upsell"), workshop.not(), "event.title",
                "Workshop de onboarding");
        assertThat(s.boardTitles(workshop.not())).isEmpty();
    }

    /** nps-detractor-task: an answer of 3 → notification and board card; an answer of 8 fails the trigger's max 6. */
    @Test
    void detractorsAnswerNotifiesTheCsmAndPutsATaskOnTheBoard_butAPassivesDoesNot() {
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(s.notificationTitles(nps.fires())).contains("Detrator: " + nps.firesName()
                    + " respondeu NPS de 0 a 6");
            assertThat(s.boardTitles(nps.fires())).contains("Responder detrator de NPS: " + nps.firesName());
        });
        awaitCompleted("nps-detractor-task", nps.fires());

        Map<String, Object> refused = assertTriggerRefused(playbook.get("nps-detractor-task"), nps.not(), "score", 8);
        assertThat(failed(refused).get(0).get("seen")).asInstanceOf(
                MAP).containsEntry("max", 6);
        assertThat(s.notificationTitles(nps.not())).isEmpty();
        assertThat(s.boardTitles(nps.not())).isEmpty();
    }

    /** ticket-sla-risk: an urgent ticket notifies the CSM; a low one fails ticket.priority. */
    @Test
    void urgentTicketNotifiesTheCsm_butALowPriorityOneDoesNot() {
        await().atMost(WAIT).untilAsserted(() -> assertThat(s.notificationTitles(ticket.fires()))
                .contains(ticket.firesName() + ": ticket urgente aberto"));
        awaitCompleted("ticket-sla-risk", ticket.fires());

        Map<String, Object> refused = awaitOnlyRefusals(playbook.get("ticket-sla-risk"), ticket.not()).get(0);
        assertThat(failed(refused)).extracting(e -> e.get("type")).containsExactly("ticket.priority");
        assertThat(failed(refused).get(0).get("seen")).asInstanceOf(
                MAP).containsEntry("ticket.priority", "low");
        assertThat(s.notificationTitles(ticket.not())).isEmpty();
    }

    /** low-health-score: a score set from 90 down to 30 → notification and board card; down to 50 fails healthscore.value. */
    @Test
    void healthScoreDownBelow40NotifiesTheCsmAndPutsATaskOnTheBoard_butDownTo50DoesNot() {
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(s.notificationTitles(health.fires()))
                    .contains("Health score de " + health.firesName() + " abaixo de 40");
            assertThat(s.boardTitles(health.fires())).contains("Avaliar risco: " + health.firesName());
        });
        awaitCompleted("low-health-score", health.fires());

        // the later daily recomputes (the manual change expires with the clock 33 days on) add evaluations going up
        String id = playbook.get("low-health-score");
        await().atMost(WAIT).untilAsserted(() -> assertThat(s.evaluations(id, health.not())).anySatisfy(e -> {
            assertThat(failed(e)).extracting(f -> f.get("type")).containsExactly("healthscore.value");
            assertThat(((Map<?, ?>) failed(e).get(0).get("seen")).get("health.score"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.type(Number.class))
                    .extracting(Number::doubleValue).isEqualTo(50.0);
        }));
        assertThat(s.evaluations(id, health.not())).allSatisfy(e -> assertThat(e.get("fired")).isEqualTo(false));
        assertThat(s.executions(id, health.not())).isEmpty();
        assertThat(s.notificationTitles(health.not())).isEmpty();
        assertThat(s.boardTitles(health.not())).isEmpty();
    }

    /** charge-overdue-alert: a charge past its due date unpaid → notification and board card; one paid before: none. */
    @Test
    void chargePastItsDueDateNotifiesTheCsmAndPutsATaskOnTheBoard_butAChargePaidBeforeDoesNot() {
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(s.notificationTitles(charge.fires())).contains(charge.firesName() + " tem cobrança em atraso");
            assertThat(s.boardTitles(charge.fires())).contains("Cobrança em atraso: " + charge.firesName());
        });
        awaitCompleted("charge-overdue-alert", charge.fires());
        s.as("finance", s.admin).get("/api/v1/charges/" + firedCharge).then().statusCode(200)
                .body("status", equalTo("overdue"));

        // the sweep that made the first charge overdue left the paid one (same due date) alone: no charge.overdue
        s.as("finance", s.admin).get("/api/v1/charges/" + paidCharge).then().statusCode(200)
                .body("status", equalTo("paid"));
        String id = playbook.get("charge-overdue-alert");
        assertThat(s.evaluations(id, charge.not())).as("no charge.overdue, so no evaluation").isEmpty();
        assertThat(s.executions(id, charge.not())).isEmpty();
        assertThat(s.notificationTitles(charge.not())).isEmpty();
        assertThat(s.boardTitles(charge.not())).isEmpty();
    }

    private static Scenario scenario(String label) {
        String fires = label + " dispara " + suffix;
        String not = label + " não dispara " + suffix;
        return new Scenario(s.customer(fires, email(fires)), fires, s.customer(not, email(not)), not);
    }

    private static String email(String name) {
        return name.toLowerCase().replace(' ', '.').replace("ã", "a") + "@globex.example.com";
    }

    /** A journey task of that title for the customer, completed. */
    private static void completeTask(String customer, String title) {
        String task = s.as("journeys", s.admin).body(Map.of("title", title, "dueInDays", 5))
                .post("/api/v1/customers/" + customer + "/tasks").then().statusCode(201).extract().path("id");
        s.as("journeys", s.admin).post("/api/v1/tasks/" + task + "/complete").then().statusCode(200);
    }

    /**
     * An NPS survey sent to a contact of the customer; the personal link of the e-mail the contact received. The contact
     * is added through the contacts API: surveys' contact projection follows contact.created/updated/deactivated only,
     * so the main contact given with the customer (carried by customer.created) is not one it can send to.
     */
    private static String surveyLink(String customer, String email) {
        s.as("customers", s.admin).body(Map.of("name", "Nina", "email", email))
                .post("/api/v1/customers/" + customer + "/contacts").then().statusCode(201);
        // 404 / 409 until surveys knows the customer and the contact
        await().atMost(WAIT).until(() -> s.as("surveys", s.csm).body(Map.of("kind", "NPS"))
                .post("/api/v1/customers/" + customer + "/surveys/send").statusCode() == 201);
        String text = await().atMost(WAIT).until(() -> s.mailsTo(email).stream()
                .map(m -> TemplateScenarios.text(m, "text/plain")).filter(t -> SURVEY_LINK.matcher(t).find())
                .findFirst().orElse(null), t -> t != null);
        Matcher matcher = SURVEY_LINK.matcher(text);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static void answer(String link, int score) {
        io.restassured.RestAssured.given().baseUri(s.platform.url("surveys")).contentType("application/json")
                .body(Map.of("score", score)).post(link).then().statusCode(201);
    }

    private static void openTicket(String customer, String priority) {
        // 400 naming customerId until tickets knows the customer
        await().atMost(WAIT).until(() -> s.as("tickets", s.csm).body(Map.of("customerId", customer,
                "subject", "Sistema fora do ar", "priority", priority)).post("/api/v1/tickets").statusCode() == 201);
    }

    /**
     * The score set by hand to 90, then to {@code value}: a customer nobody scored yet (no input since its creation)
     * gets its first score from the first change (no fromScore, so no direction), the second one goes down from 90.
     */
    private static void setScore(String customer, int value) {
        // 404 until the health score's customer directory knows the customer
        await().atMost(WAIT).until(() -> s.as("health-score", s.csm).get("/api/v1/customers/" + customer + "/health-score")
                .statusCode() == 200);
        for (int score : List.of(90, value)) {
            s.as("health-score", s.csm).body(Map.of("value", score, "reason", "Cliente insatisfeito"))
                    .post("/api/v1/customers/" + customer + "/health-score/adjustments").then().statusCode(201)
                    .body("score", equalTo((float) score));
        }
    }

    private static String registerCharge(String customer, LocalDate due) {
        await().atMost(WAIT).until(() -> s.as("finance", s.admin).get("/api/v1/customers/" + customer + "/finance")
                .statusCode() == 200);
        return s.as("finance", s.admin).body(Map.of("customerId", customer, "amount", 1200, "currency", "BRL",
                "dueDate", due.toString())).post("/api/v1/charges").then().statusCode(201).extract().path("id");
    }

    /** This class's playbook ran once for the customer, every step confirmed (COMPLETED). */
    private static void awaitCompleted(String template, String customer) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(s.executions(playbook.get(template), customer))
                .singleElement().satisfies(e -> assertThat(e.get("status")).isEqualTo("COMPLETED")));
    }

    /**
     * The customer's only evaluation of the playbook: not fired, no execution, its trace's one failed entry the
     * trigger, which saw {@code key = value}.
     */
    private static Map<String, Object> assertTriggerRefused(String playbook, String customer, String key, Object value) {
        Map<String, Object> refused = awaitOnlyRefusals(playbook, customer).get(0);
        List<Map<String, Object>> failed = failed(refused);
        assertThat(failed).extracting(e -> e.get("path")).containsExactly("trigger");
        assertThat(failed.get(0).get("seen")).asInstanceOf(MAP)
                .containsEntry(key, value);
        return refused;
    }

    /** Waits for the customer's evaluation of the playbook; answers them, each not fired and without execution. */
    private static List<Map<String, Object>> awaitOnlyRefusals(String playbook, String customer) {
        List<Map<String, Object>> evaluations = await().atMost(WAIT)
                .until(() -> s.evaluations(playbook, customer), e -> !e.isEmpty());
        assertThat(evaluations).allSatisfy(e -> {
            assertThat(e.get("fired")).isEqualTo(false);
            assertThat(e.get("executionId")).isNull();
        });
        assertThat(s.executions(playbook, customer)).isEmpty();
        return evaluations;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> failed(Map<String, Object> evaluation) {
        return ((List<Map<String, Object>>) evaluation.get("trace")).stream()
                .filter(entry -> Boolean.FALSE.equals(entry.get("passed"))).toList();
    }
}
