package io.csplatform.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import static io.csplatform.e2e.ScheduleScenarios.TENANT_ZONE;
import static io.csplatform.e2e.ScheduleScenarios.WAIT;
import static io.csplatform.e2e.ScheduleScenarios.failed;
import static io.csplatform.e2e.ScheduleScenarios.usage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seven scheduled starter templates end to end on tenant globex, through the public APIs only: for each, a customer
 * whose data fires it and one with a single fact changed that must not, with the evaluation trace naming the condition
 * that failed.
 *
 * <p>All scenarios share ONE clock move. The data of "today" (tasks, contracts, a first login, an old ticket) is set
 * up first, in parallel; then every service's clock moves to {@link #day}: a Monday at least 91 days ahead, at 12:00 in
 * the tenant's zone (America/Sao_Paulo). So every template runs with its trigger parameters as shipped (no override):
 * the daily ones are due from 08:00, the retention routine on Mondays from 09:00, and the 7, 30, 60 and 90 days of the
 * templates have passed. What must be recent on that day (manual health scores, which count 30 days; the usage of the
 * last 60 days; a recent login; tickets of the last 30 or 90 days) is set up after the move. The playbooks are
 * activated last, once the runtime's facts show all of it: a scheduled playbook runs each (playbook, day) once, so one
 * activated earlier would have run today with half the data (and caught up the days in between).
 *
 * <p>Other tests may have playbooks of the same templates on globex: the assertions name this class's playbooks,
 * customers (a random suffix) and notifications only. The playbooks are deactivated and the clock set back at the end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StarterTemplateSchedulesIT {

    private static final List<String> TEMPLATES = List.of("integration-tasks-7d", "usage-review-low-health",
            "renewal-60d", "usage-drop-30", "champion-inactive", "retention-routine", "no-interaction-90d");
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

    private static ScheduleScenarios api;
    /** The day the clock moves to: a Monday 91 to 97 days ahead, 12:00 in the tenant's zone. */
    private static ZonedDateTime day;
    private static final Map<String, String> playbooks = new java.util.concurrent.ConcurrentHashMap<>();
    private static final List<String> activated = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final Map<String, String> customers = new java.util.concurrent.ConcurrentHashMap<>();
    private static String csmId;

    @BeforeAll
    static void setUpEveryScenarioMoveTheClockOnceAndActivate() {
        Platform platform = Platform.get();
        api = new ScheduleScenarios(platform, "globex");
        LocalDate today = LocalDate.now(TENANT_ZONE);
        day = today.plusDays(91).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).atTime(12, 0).atZone(TENANT_ZONE);
        csmId = api.userId("globex-csm");
        String ownerType = api.ownerType();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            TEMPLATES.forEach(t -> playbooks.put(t, api.draft(t, t + " " + SUFFIX)));
            List<String> names = List.of("intLate", "intDone", "reviewLow", "reviewOk", "renewalNear", "renewalFar",
                    "usageDrop", "usageSteady", "champGone", "champActive", "churnRisk", "churnQuiet", "silent",
                    "silentTicket");
            all(pool, names.stream().<Runnable>map(name -> () -> customers.put(name,
                    api.customer(name(name), "sched-" + name + "-" + SUFFIX, ownerType, csmId))).toList());

            // today: the data the days to come will judge
            all(pool, List.of(
                    () -> api.task(customers.get("intLate"), "Configurar integração", List.of("integracao"), 7),
                    () -> api.complete(api.task(customers.get("intDone"), "Enviar credenciais", List.of("credenciais"), 7)),
                    () -> api.task(customers.get("reviewLow"), "Revisão de uso", List.of(), 30),
                    () -> api.task(customers.get("reviewOk"), "Revisão de uso", List.of(), 30),
                    () -> renewal("renewalNear", 30),
                    () -> renewal("renewalFar", 90),
                    () -> champion("champGone"),
                    () -> champion("champActive"),
                    () -> api.ticket(customers.get("silent"), "Dúvida antiga " + SUFFIX)));

            platform.clockOffset(Duration.between(Instant.now(), day.toInstant()));

            // the moved day: what must be recent then
            Instant now = day.toInstant();
            all(pool, List.of(
                    () -> api.healthScore(customers.get("reviewLow"), 30),
                    () -> api.healthScore(customers.get("reviewOk"), 80),
                    () -> api.ingest(List.of(
                            usage("drop-1-" + SUFFIX, "sched-usageDrop-" + SUFFIX, "u1", "report", now.minus(Duration.ofDays(45)), 100),
                            usage("drop-2-" + SUFFIX, "sched-usageDrop-" + SUFFIX, "u1", "report", now.minus(Duration.ofDays(10)), 20),
                            usage("steady-1-" + SUFFIX, "sched-usageSteady-" + SUFFIX, "u1", "report", now.minus(Duration.ofDays(45)), 100),
                            usage("steady-2-" + SUFFIX, "sched-usageSteady-" + SUFFIX, "u1", "report", now.minus(Duration.ofDays(10)), 100),
                            usage("login-2-" + SUFFIX, "sched-champActive-" + SUFFIX, "champ", "login", now.minus(Duration.ofDays(2)), 1))),
                    () -> {
                        for (int i = 1; i <= 3; i++) {
                            api.ticket(customers.get("churnRisk"), "Problema " + i + " " + SUFFIX);
                        }
                    },
                    () -> api.ticket(customers.get("silentTicket"), "Dúvida recente " + SUFFIX)));

            // the runtime sees all of it, then the playbooks are turned on: their one run of the day sees it whole
            all(pool, readiness().entrySet().stream().<Runnable>map(entry -> () -> {
                try {
                    await("facts of " + entry.getKey()).atMost(WAIT).ignoreExceptions()
                            .until(() -> api.facts(customers.get(entry.getKey())), facts -> facts != null
                                    && csmId.equals(facts.getMap("owners").get(ScheduleScenarios.OWNER_TYPE))
                                    && entry.getValue().test(facts));
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    JsonPath facts = api.facts(customers.get(entry.getKey()));
                    throw new AssertionError(e.getMessage() + "; the runtime's facts then: "
                            + (facts == null ? "none" : facts.prettify()), e);
                }
            }).toList());
            TEMPLATES.forEach(t -> {
                api.activate(playbooks.get(t));
                activated.add(playbooks.get(t));
            });
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterAll
    static void deactivateAndRealTimeAgain() {
        if (api != null) {
            activated.forEach(api::deactivate);
            api.platform.clockOffset(Duration.ZERO);
        }
    }

    @Test
    @Order(1)
    void usageReviewLowHealth_pendingReviewAndScoreBelow50NotifiesAndBooksAValueMeeting_notAt80() {
        String playbook = playbooks.get("usage-review-low-health");
        fired(playbook, "reviewLow");
        assertThat(api.notificationTitles()).contains(name("reviewLow") + ": revisão de uso pendente e health score baixo")
                .doesNotContain(name("reviewOk") + ": revisão de uso pendente e health score baixo");
        assertThat(boardTasks("reviewLow")).contains("Reunião de valor com " + name("reviewLow"));

        Map<String, Object> notFired = notFired(playbook, "reviewOk");
        assertThat(failed(notFired)).contains("healthscore.value").doesNotContain("journey.task.status");
    }

    @Test
    @Order(2)
    void renewal60d_contractEndingIn30DaysWithRenewalPendingCreatesTheNegotiationTask_notIn90Days() {
        String playbook = playbooks.get("renewal-60d");
        fired(playbook, "renewalNear");
        assertThat(api.journeyTaskTitles(customers.get("renewalNear"))).contains("Iniciar negociação de renovação");

        Map<String, Object> notFired = notFired(playbook, "renewalFar");
        assertThat(failed(notFired)).contains("contract.days-to-expiry").doesNotContain("journey.task.status");
        assertThat(api.journeyTaskTitles(customers.get("renewalFar"))).doesNotContain("Iniciar negociação de renovação");
    }

    @Test
    @Order(3)
    void usageDrop30_usage80PercentBelowThe30DaysBeforeNotifiesAndCreatesTheDiagnosis_notWhenSteady() {
        String playbook = playbooks.get("usage-drop-30");
        Map<String, Object> evaluation = fired(playbook, "usageDrop");
        assertThat(number(seen(evaluation, "tracking.customer-period-diff").get("diff"))).isEqualTo(-80.0);
        assertThat(api.notificationTitles()).contains("Uso de " + name("usageDrop") + " caiu mais de 30%")
                .doesNotContain("Uso de " + name("usageSteady") + " caiu mais de 30%");
        assertThat(api.journeyTaskTitles(customers.get("usageDrop"))).contains("Diagnóstico de queda de uso");

        Map<String, Object> notFired = notFired(playbook, "usageSteady");
        assertThat(failed(notFired)).contains("tracking.customer-period-diff");
        assertThat(number(seen(notFired, "tracking.customer-period-diff").get("diff"))).isEqualTo(0.0);
        assertThat(api.journeyTaskTitles(customers.get("usageSteady"))).doesNotContain("Diagnóstico de queda de uso");
    }

    @Test
    @Order(4)
    void championInactive_keyUserWithoutLoginFor91DaysNotifies_notWhenAKeyUserLoggedIn2DaysAgo() {
        String playbook = playbooks.get("champion-inactive");
        fired(playbook, "champGone");
        assertThat(api.notificationTitles()).contains("Champion de " + name("champGone") + " sem acesso há 30 dias")
                .doesNotContain("Champion de " + name("champActive") + " sem acesso há 30 dias");

        Map<String, Object> notFired = notFired(playbook, "champActive");
        assertThat(failed(notFired)).contains("tracking.last-login");
        assertThat(number(((Map<?, ?>) seen(notFired, "tracking.last-login").get("daysSinceLastLogin")).get("champ")))
                .isEqualTo(2.0);
    }

    @Test
    @Order(5)
    void retentionRoutine_threeTicketsIn30DaysStartTheRoutineOnMonday_notWithoutAnySignal() {
        String playbook = playbooks.get("retention-routine");
        Map<String, Object> evaluation = fired(playbook, "churnRisk");
        assertThat(passed(evaluation)).contains("tickets.created-in-period");
        assertThat(api.notificationTitles()).contains(name("churnRisk") + " com sinais de churn: iniciar rotina de retenção")
                .doesNotContain(name("churnQuiet") + " com sinais de churn: iniciar rotina de retenção");
        assertThat(api.journeyTaskTitles(customers.get("churnRisk"))).contains(
                "Diagnóstico de risco: call rápida com " + name("churnRisk"), "Plano de recuperação (2 a 4 semanas)",
                "Check-in semanal de retenção");

        Map<String, Object> notFired = notFired(playbook, "churnQuiet");
        assertThat(failed(notFired)).as("every branch of the any failed").contains("healthscore.value",
                "tracking.customer-period-diff", "tickets.created-in-period", "nps.customer-score");
        assertThat(api.journeyTaskTitles(customers.get("churnQuiet"))).doesNotContain("Check-in semanal de retenção");
    }

    @Test
    @Order(6)
    void noInteraction90d_activeCustomerWhoseOnlyTicketIs91DaysOldGetsAFollowUp_notWithARecentTicket() {
        String playbook = playbooks.get("no-interaction-90d");
        fired(playbook, "silent");
        assertThat(boardTasks("silent")).contains("Follow-up: " + name("silent") + " sem interação há 90 dias");

        Map<String, Object> notFired = notFired(playbook, "silentTicket");
        assertThat(failed(notFired)).contains("tickets.created-in-period").doesNotContain("customer.status",
                "customer.tasks.none-completed");
        assertThat(boardTasks("silentTicket")).doesNotContain("Follow-up: " + name("silentTicket") + " sem interação há 90 dias");
    }

    /**
     * Last: the customer whose task was completed gets no evaluation at all (a scheduled trigger that does not apply
     * records none), so its absence is checked once the other scenarios' runs of the day are over; the trigger's
     * trace for it comes from a simulation of the same playbook at the same moment.
     */
    @Test
    @Order(7)
    void integrationTasks7d_integrationTaskOverdueNotifiesAndBooksSupport_notWhenCompleted() {
        String playbook = playbooks.get("integration-tasks-7d");
        Map<String, Object> evaluation = fired(playbook, "intLate");
        assertThat(seen(evaluation, "customer.tasks.overdue").get("overdueTasks").toString()).contains("Configurar integração");
        assertThat(api.notificationTitles()).contains("Integração de " + name("intLate") + " atrasada")
                .doesNotContain("Integração de " + name("intDone") + " atrasada");
        assertThat(boardTasks("intLate")).contains("Suporte técnico: integração de " + name("intLate"));

        assertThat(api.evaluations(playbook, customers.get("intDone"))).isEmpty();
        assertThat(api.executions(playbook, customers.get("intDone"))).isEmpty();
        JsonPath simulated = api.simulate(playbook, customers.get("intDone"));
        assertThat(simulated.getBoolean("fire")).isFalse();
        assertThat(simulated.getList("trace.findAll { !it.passed }.type", String.class)).containsExactly("customer.tasks.overdue");
        assertThat(simulated.getList("trace.find { it.type == 'customer.tasks.overdue' }.seen.overdueTasks")).isEmpty();
    }

    // ---- scenarios

    private static String name(String key) {
        return "Agenda " + key + " " + SUFFIX;
    }

    private static void renewal(String key, int daysAfterTheMove) {
        String customer = customers.get(key);
        await().atMost(WAIT).until(() -> api.admin("contracts").get("/api/v1/customers/" + customer + "/mrr").statusCode() == 200);
        api.admin("contracts").body(Map.of("customerId", customer, "mrr", 900, "currency", "BRL",
                        "startDate", LocalDate.now(TENANT_ZONE).toString(),
                        "endDate", day.toLocalDate().plusDays(daysAfterTheMove).toString()))
                .post("/api/v1/contracts").then().statusCode(201);
        api.task(customer, "Renovação", List.of("renovacao"), 60);
    }

    /** A key user who logs in today (the move makes that 91+ days ago). */
    private static void champion(String key) {
        api.keyUser(customers.get(key), "champ");
        api.ingest(List.of(usage("login-1-" + key + "-" + SUFFIX, "sched-" + key + "-" + SUFFIX, "champ", "login",
                Instant.now(), 1)));
    }

    /** What the runtime's facts must show of each customer before the playbooks are activated. */
    private static Map<String, Predicate<JsonPath>> readiness() {
        String moved = day.toLocalDate().toString();
        Predicate<JsonPath> any = facts -> true;
        return Map.ofEntries(
                Map.entry("intLate", facts -> task(facts, "Configurar integração", false)),
                Map.entry("intDone", facts -> task(facts, "Enviar credenciais", true)),
                Map.entry("reviewLow", facts -> task(facts, "Revisão de uso", false) && score(facts) == 30),
                Map.entry("reviewOk", facts -> task(facts, "Revisão de uso", false) && score(facts) == 80),
                Map.entry("renewalNear", facts -> task(facts, "Renovação", false) && facts.getList("contracts").size() == 1),
                Map.entry("renewalFar", facts -> task(facts, "Renovação", false) && facts.getList("contracts").size() == 1),
                Map.entry("usageDrop", facts -> facts.getMap("tracking.days").size() == 2),
                Map.entry("usageSteady", facts -> facts.getMap("tracking.days").size() == 2),
                Map.entry("champGone", facts -> Boolean.TRUE.equals(facts.get("users.find { it.userId == 'champ' }.keyUser"))
                        && facts.get("users.find { it.userId == 'champ' }.lastLogin") != null),
                Map.entry("champActive", facts -> Boolean.TRUE.equals(facts.get("users.find { it.userId == 'champ' }.keyUser"))
                        && String.valueOf(facts.getString("users.find { it.userId == 'champ' }.lastLogin"))
                        .compareTo(day.toInstant().minus(Duration.ofDays(3)).toString()) > 0),
                Map.entry("churnRisk", facts -> facts.getList("tickets").size() == 3),
                Map.entry("churnQuiet", any),
                Map.entry("silent", facts -> facts.getList("tickets").size() == 1),
                Map.entry("silentTicket", facts -> facts.getMap("ticketsPerDay.days").containsKey(moved)));
    }

    private static boolean task(JsonPath facts, String title, boolean completed) {
        List<Map<String, Object>> tasks = facts.getList("tasks.findAll { it.title == '" + title + "' }");
        return tasks.size() == 1 && (tasks.get(0).get("completedDate") != null) == completed;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static double score(JsonPath facts) {
        Object score = facts.get("health.score");
        return score == null ? -1 : ((Number) score).doubleValue();
    }

    // ---- expectations

    /** Awaits the customer's evaluation that fired and its execution with every step SUCCEEDED; answers the evaluation. */
    private static Map<String, Object> fired(String playbook, String key) {
        String customer = customers.get(key);
        Map<String, Object> evaluation = await(key + " fired").atMost(WAIT)
                .until(() -> api.evaluations(playbook, customer).stream().filter(e -> Boolean.TRUE.equals(e.get("fired")))
                        .findFirst().orElse(null), e -> e != null);
        await(key + " executed").atMost(WAIT).until(() -> api.executions(playbook, customer), executions ->
                executions.size() == 1 && "COMPLETED".equals(executions.get(0).get("status")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) api.executions(playbook, customer).get(0).get("steps");
        assertThat(steps).as("steps of " + key).isNotEmpty()
                .allSatisfy(step -> assertThat(step.get("status")).as(step.toString()).isEqualTo("SUCCEEDED"));
        return evaluation;
    }

    /** Awaits the customer's evaluation of the day, which must not have fired (and opened no execution). */
    private static Map<String, Object> notFired(String playbook, String key) {
        String customer = customers.get(key);
        List<Map<String, Object>> evaluations = await(key + " evaluated").atMost(WAIT)
                .until(() -> api.evaluations(playbook, customer), list -> !list.isEmpty());
        assertThat(evaluations).as("evaluations of " + key).allSatisfy(e -> assertThat(e.get("fired")).isEqualTo(false));
        assertThat(api.executions(playbook, customer)).as("executions of " + key).isEmpty();
        return evaluations.get(0);
    }

    /** Titles of the customer's board tasks, as the runtime knows them. */
    private static List<String> boardTasks(String key) {
        return api.facts(customers.get(key)).getList("tasks.findAll { it.board }.title", String.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> seen(Map<String, Object> evaluation, String type) {
        return ((List<Map<String, Object>>) evaluation.get("trace")).stream().filter(e -> type.equals(e.get("type")))
                .map(e -> (Map<String, Object>) e.get("seen")).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> passed(Map<String, Object> evaluation) {
        return ((List<Map<String, Object>>) evaluation.get("trace")).stream()
                .filter(entry -> Boolean.TRUE.equals(entry.get("passed"))).map(entry -> (String) entry.get("type")).toList();
    }

    private static void all(ExecutorService pool, List<Runnable> work) {
        List<CompletableFuture<Void>> running = new ArrayList<>();
        work.forEach(w -> running.add(CompletableFuture.runAsync(w, pool)));
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
    }
}
