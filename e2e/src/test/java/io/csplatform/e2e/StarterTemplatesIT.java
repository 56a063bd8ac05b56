package io.csplatform.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.e2e.TemplateScenarios.TENANT_ZONE;
import static io.csplatform.e2e.TemplateScenarios.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Starter templates 1 and 2 of seed 000 end to end, through the public APIs only, on tenant globex (its playbooks
 * are deactivated at the end): a new contract sends the welcome e-mail and creates the Kickoff task; with every
 * service's clock moved 32 days, the Kickoff still pending notifies the CSM, and a customer whose Kickoff was completed
 * is not notified, its evaluation trace naming the failed condition.
 */
class StarterTemplatesIT {

    private static TemplateScenarios s;

    @BeforeAll
    static void start() {
        s = TemplateScenarios.globex();
    }

    @AfterAll
    static void realTimeAgain() {
        if (s != null) {
            s.deactivatePlaybooks();
            s.platform.clockOffset(Duration.ZERO);
        }
    }

    @Test
    void welcomeAndKickoffOnANewContract_thenThePendingKickoffNotifiesTheCsm30DaysLaterButNotTheCompletedOne() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String onboarding = s.fromTemplate("onboarding-welcome-kickoff", Map.of("name", "Onboarding " + suffix));
        // the daily check at 00:00 instead of 08:00, so the day is due whatever the hour the test runs
        String kickoffOverdue = s.fromTemplate("kickoff-overdue-30d", Map.of("name", "Kickoff atrasado " + suffix,
                "triggerParams", Map.of("every", "P1D", "at", "00:00")));

        String pending = customer("Pendente " + suffix, "ana." + suffix + "@globex.example.com");
        String done = customer("Concluído " + suffix, "bia." + suffix + "@globex.example.com");

        // template 1: welcome e-mail to the main contact and the Kickoff task, for each new contract
        for (String customer : List.of(pending, done)) {
            LocalDate today = LocalDate.now(TENANT_ZONE);
            s.as("contracts", s.admin).body(Map.of("customerId", customer, "mrr", 900, "currency", "BRL",
                            "startDate", today.toString(), "endDate", today.plusYears(1).toString()))
                    .post("/api/v1/contracts").then().statusCode(201);
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(s.mailsTo("ana." + suffix + "@globex.example.com"))
                .singleElement().satisfies(m -> assertThat(m.getSubject()).isEqualTo("Bem-vindo, Pendente " + suffix + "!")));
        String doneKickoff = kickoff(done);
        kickoff(pending);
        await().atMost(WAIT).untilAsserted(() -> s.as("playbook-runtime", s.admin)
                .get("/api/v1/playbooks/" + onboarding + "/executions").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("items.status", equalTo(List.of("COMPLETED", "COMPLETED"))));

        // the second customer completes its Kickoff; the first does not
        s.as("journeys", s.admin).post("/api/v1/tasks/" + doneKickoff + "/complete").then().statusCode(200);
        await().atMost(WAIT).untilAsserted(() -> s.as("playbook-runtime", s.admin).get("/api/v1/customers/" + done + "/facts")
                .then().statusCode(200).body("tasks.find { it.title == 'Kickoff' }.status", equalTo("COMPLETED")));

        // template 2, 32 days later: the daily check notifies the CSM of the pending Kickoff only
        s.platform.clockOffset(Duration.ofDays(32));
        String expected = "Kickoff de Pendente " + suffix + " não concluído em 30 dias";
        // the customer's own notifications: the other tests' customers (same CSM) get theirs from the moved clock too,
        // more than the first page's 50 at once (CI: the one expected was pushed off it)
        await().atMost(WAIT).untilAsserted(() -> assertThat(s.notificationTitles(pending)).contains(expected));
        assertThat(s.notificationTitles(done)).doesNotContain("Kickoff de Concluído " + suffix + " não concluído em 30 dias");

        JsonPath notFired = await().atMost(WAIT).until(() -> newest(kickoffOverdue, done), e -> e != null);
        assertThat(notFired.getBoolean("fired")).isFalse();
        assertThat(notFired.getList("trace.findAll { !it.passed }.type", String.class)).contains("journey.task.status");
        // the pending Kickoff's customer: an evaluation that fired (later ticks of the sweep may add others)
        assertThat(s.evaluations(kickoffOverdue, pending)).as("evaluations of the pending Kickoff's customer")
                .anySatisfy(e -> assertThat(e.get("fired")).isEqualTo(true));
        assertThat(s.evaluations(kickoffOverdue, done)).as("evaluations of the completed Kickoff's customer")
                .allSatisfy(e -> assertThat(e.get("fired")).isEqualTo(false));
    }

    /** A customer with the CSM as owner, once the contracts service knows it (a contract for it is accepted). */
    private static String customer(String name, String email) {
        String id = s.customer(name, email);
        await().atMost(WAIT).until(() -> s.as("contracts", s.admin).get("/api/v1/customers/" + id + "/mrr").statusCode() == 200);
        return id;
    }

    /** The customer's one Kickoff task, once journeys has it. */
    private static String kickoff(String customer) {
        return await().atMost(WAIT).until(() -> s.as("journeys", s.admin).get("/api/v1/customers/" + customer + "/tasks")
                .then().statusCode(200).extract().jsonPath().<String>getList("items.findAll { it.title == 'Kickoff' }.id"),
                ids -> ids.size() == 1).get(0);
    }

    /** The newest evaluation of the playbook for the customer, or null. */
    private static JsonPath newest(String playbook, String customer) {
        return s.evaluations(playbook, customer).stream().findFirst()
                .map(e -> JsonPath.from(io.csplatform.events.EventJson.write(e))).orElse(null);
    }
}
