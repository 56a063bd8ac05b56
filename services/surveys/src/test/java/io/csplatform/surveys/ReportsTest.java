package io.csplatform.surveys;

import io.csplatform.events.payload.ContactDeactivated;
import io.csplatform.events.payload.Recipient;
import io.csplatform.surveys.support.ShiftedClock;
import io.csplatform.surveys.support.Stack.Customer;
import io.csplatform.testing.DevStackResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.csplatform.surveys.support.Stack.BROWSER;
import static io.csplatform.surveys.support.Stack.anonymous;
import static io.csplatform.surveys.support.Stack.as;
import static io.csplatform.surveys.support.Stack.customer;
import static io.csplatform.surveys.support.Stack.emailOfSurvey;
import static io.csplatform.surveys.support.Stack.links;
import static io.csplatform.surveys.support.Stack.path;
import static io.csplatform.surveys.support.Stack.publish;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * NPS, CSAT and response rates over real answers, in the tenant's days; contacts without an answer; the tenant's own
 * texts. Tenant globex, each test at its own (shifted) date so the tenant-wide figures are its own.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "surveys"))
class ReportsTest {

    private static final String TENANT = "globex";

    @AfterEach
    void realTime() {
        ShiftedClock.reset();
    }

    @Test
    void npsIsPromotersMinusDetractorsOverEachContactsLatestAnswerWithTheResponseRate() {
        Customer customer = customer(TENANT, "Ana", "Bia", "Caio", "Davi", "Enzo");
        ShiftedClock.at(Instant.parse("2031-03-10T15:00:00Z"));
        Map<String, String> links = send(customer, "NPS", List.of());
        answer(links, customer.contact(0), 10);
        answer(links, customer.contact(1), 9);
        answer(links, customer.contact(2), 8);
        answer(links, customer.contact(3), 3);

        String march = "/nps?from=2031-03-01&to=2031-03-31";
        as("globex-csm").get("/api/v1/customers/" + customer.id() + march).then().statusCode(200)
                .body("answers", equalTo(4)).body("respondents", equalTo(4)).body("promoters", equalTo(2))
                .body("passives", equalTo(1)).body("detractors", equalTo(1)).body("nps", equalTo(25.0f))
                .body("invitations", equalTo(5)).body("answeredInvitations", equalTo(4))
                .body("responseRate", equalTo(80.0f)).body("timeZone", equalTo("America/Sao_Paulo"));

        ShiftedClock.later(Duration.ofDays(2));
        answer(send(customer, "NPS", List.of(customer.contact(3))), customer.contact(3), 10);

        as("globex-csm").get("/api/v1/customers/" + customer.id() + march).then()
                .body("answers", equalTo(5)).body("respondents", equalTo(4)).body("promoters", equalTo(3))
                .body("detractors", equalTo(0)).body("nps", equalTo(75.0f)).body("invitations", equalTo(6))
                .body("responseRate", equalTo(83.33f));
        as("globex-csm").get("/api/v1" + march).then().statusCode(200).body("customerId", nullValue())
                .body("answers", equalTo(5)).body("nps", equalTo(75.0f)).body("responseRate", equalTo(83.33f));
        as("globex-csm").get("/api/v1/customers/" + customer.id() + "/nps?from=2031-03-13&to=2031-03-31").then()
                .body("answers", equalTo(0)).body("nps", nullValue()).body("responseRate", nullValue());
        as("globex-csm").get("/api/v1/customers/" + customer.id() + "/nps?from=2031-04-01&to=2031-03-01").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        as("globex-csm").get("/api/v1/customers/" + customer.id() + "/nps?from=March").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));

        as("globex-csm").get("/api/v1/customers/" + customer.id() + "/contacts-without-answer?days=90").then()
                .statusCode(200).body("since", equalTo("2030-12-13"))
                .body("items.contactId", equalTo(List.of(customer.contact(4).contactId().toString())))
                .body("items[0].lastInvitedAt", org.hamcrest.Matchers.notNullValue())
                .body("items[0].lastAnsweredAt", nullValue()).body("items[0].optedOut", equalTo(false));
        var enzo = customer.contact(4);
        publish(TENANT, customer.id(), new ContactDeactivated(customer.id(), enzo.contactId(), enzo.name(),
                enzo.email(), false, false, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> as("globex-csm").get("/api/v1/customers/" + customer.id()
                + "/contacts-without-answer?days=90").then().extract().path("items.size()").equals(0));
        as("globex-csm").get("/api/v1/customers/" + customer.id() + "/contacts-without-answer?days=0").then()
                .statusCode(400).body("errors[0].field", equalTo("days"));
    }

    @Test
    void csatIsTheAverageScoreWithTheShareOfSatisfiedAnswers() {
        Customer customer = customer(TENANT, "Gil", "Hugo", "Iara");
        ShiftedClock.at(Instant.parse("2031-06-10T15:00:00Z"));
        Map<String, String> links = send(customer, "CSAT", List.of());
        answer(links, customer.contact(0), 5);
        answer(links, customer.contact(1), 3);
        anonymous().body(Map.of("score", 0)).post(path(links.get(customer.contact(2).email()))).then().statusCode(400);

        as("globex-csm").get("/api/v1/customers/" + customer.id() + "/csat?from=2031-06-01&to=2031-06-30").then()
                .statusCode(200).body("answers", equalTo(2)).body("average", equalTo(4.0f))
                .body("satisfied", equalTo(1)).body("satisfactionRate", equalTo(50.0f))
                .body("invitations", equalTo(3)).body("responseRate", equalTo(66.67f));
        as("globex-csm").get("/api/v1/csat?from=2031-06-01&to=2031-06-30").then().body("answers", equalTo(2));
        as("globex-csm").get("/api/v1/customers/" + customer.id() + "/answers?kind=CSAT&limit=1").then()
                .statusCode(200).body("items.score", equalTo(List.of(3))).body("nextCursor", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void daysAreTheTenantsDaysNotUtcs() {
        Customer customer = customer(TENANT, "Joao");
        ShiftedClock.at(Instant.parse("2031-09-01T02:00:00Z")); // 31 August, 23:00 in São Paulo
        answer(send(customer, "NPS", List.of()), customer.contact(0), 10);

        as("globex-csm").get("/api/v1/customers/" + customer.id() + "/nps?from=2031-08-31&to=2031-08-31").then()
                .body("answers", equalTo(1)).body("nps", equalTo(100.0f));
        as("globex-csm").get("/api/v1/customers/" + customer.id() + "/nps?from=2031-09-01&to=2031-09-01").then()
                .body("answers", equalTo(0));
    }

    @Test
    void aTenantAdminWritesItsOwnTextsWhichTheNextSendsUse() {
        String texts = "/api/v1/survey-templates/CSAT";
        Map<String, String> body = Map.of("question", "De 1 a 5, como foi o suporte da Globex?",
                "subject", "{customer.name}, conte como foi", "body", "Oi {recipient.name}! {survey.link}");
        as("globex-csm").body(body).put(texts).then().statusCode(403);
        as("globex-admin").body(Map.of("question", "Q", "subject", "S", "body", "sem link")).put(texts).then()
                .statusCode(400).body("errors[0].field", equalTo("body"));
        as("globex-admin").body(Map.of("question", "Q", "subject", "{contract.mrr}", "body", "{survey.link}"))
                .put(texts).then().statusCode(400).body("errors[0].field", equalTo("subject"));
        as("globex-admin").body(body).put(texts).then().statusCode(200).body("custom", equalTo(true));
        as("globex-csm").get("/api/v1/survey-templates").then().statusCode(200)
                .body("items.find { it.kind == 'CSAT' }.question", equalTo(body.get("question")))
                .body("items.find { it.kind == 'NPS' }.custom", equalTo(false));

        Customer customer = customer(TENANT, "Lia");
        String link = send(customer, "CSAT", List.of()).get(customer.contact(0).email());
        anonymous().accept(BROWSER).get(path(link)).then().statusCode(200)
                .body(containsString("como foi o suporte da Globex"));
    }

    /** A CSM's send to the given contacts (all when empty): each recipient's link, from the survey's e-mail command. */
    private static Map<String, String> send(Customer customer, String kind, List<Recipient> to) {
        String surveyId = as("globex-csm").body(to.isEmpty() ? Map.of("kind", kind) : Map.of("kind", kind,
                        "contactIds", to.stream().map(Recipient::contactId).toList()))
                .post("/api/v1/customers/" + customer.id() + "/surveys/send").then().statusCode(201).extract().path("id");
        return links(emailOfSurvey(customer, surveyId));
    }

    private static void answer(Map<String, String> links, Recipient contact, int score) {
        anonymous().body(Map.of("score", score)).post(path(links.get(contact.email()))).then().statusCode(201);
    }
}
