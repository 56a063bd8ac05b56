package io.csplatform.surveys;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.payload.CustomerCreated;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.Recipient;
import io.csplatform.events.payload.SurveySend;
import io.csplatform.surveys.support.ShiftedClock;
import io.csplatform.surveys.support.Stack;
import io.csplatform.surveys.support.Stack.Customer;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.csplatform.surveys.support.Stack.BROWSER;
import static io.csplatform.surveys.support.Stack.anonymous;
import static io.csplatform.surveys.support.Stack.as;
import static io.csplatform.surveys.support.Stack.customer;
import static io.csplatform.surveys.support.Stack.deadLettered;
import static io.csplatform.surveys.support.Stack.emailCausedBy;
import static io.csplatform.surveys.support.Stack.emailOf;
import static io.csplatform.surveys.support.Stack.emailsCausedBy;
import static io.csplatform.surveys.support.Stack.event;
import static io.csplatform.surveys.support.Stack.json;
import static io.csplatform.surveys.support.Stack.links;
import static io.csplatform.surveys.support.Stack.path;
import static io.csplatform.surveys.support.Stack.result;
import static io.csplatform.surveys.support.Stack.step;
import static io.csplatform.surveys.support.Stack.surveySend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The whole way of a survey on real Kafka, PostgreSQL, relay and Keycloak: survey.send -> invitations and one
 * email.external for the actions service -> the personal link answered once -> nps.response.received; links that are
 * used, expired or forged refused clearly; opt-outs respected by the next send.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "surveys"))
class SendAndAnswerTest {

    private static final String TENANT = "acme";

    @AfterEach
    void realTime() {
        ShiftedClock.reset();
    }

    @Test
    void surveySendInvitesEachRecipientWithAPersonalLinkInOneEmailCommandCausedByIt() {
        Customer customer = customer(TENANT);
        ExecutionStep step = step();
        var ana = new Recipient("Ana", "ana." + UUID.randomUUID() + "@example.com", UUID.randomUUID());
        var bob = new Recipient(null, "bob." + UUID.randomUUID() + "@example.com", UUID.randomUUID());
        Map<String, String> command = surveySend(TENANT, new SurveySend(step, customer.id(), "NPS", List.of(ana, bob)));

        KafkaMessage email = emailCausedBy(command);
        JsonNode payload = json(email);
        assertThat(email.header("ce_tenantid")).isEqualTo(TENANT);
        assertThat(email.header("ce_correlationid")).isEqualTo(command.get("ce_correlationid"));
        assertThat(email.key()).isEqualTo(TENANT + ":" + customer.id());
        assertThat(payload.path("source").path("executionId").asText()).isEqualTo(step.executionId().toString());
        assertThat(payload.path("userIds")).isEmpty();
        assertThat(payload.path("subject").asText()).contains("{customer.name}");
        assertThat(payload.path("body").asText()).contains("{survey.link}", "{survey.optOutLink}");
        assertThat(payload.path("variables").path("customer").path("name").asText()).isEqualTo("Customer " + customer.id());
        assertThat(payload.path("to")).hasSize(2);
        JsonNode first = payload.path("to").get(0);
        assertThat(first.path("contactId").asText()).isEqualTo(ana.contactId().toString());
        assertThat(first.path("variables").path("survey").path("link").asText())
                .startsWith("http://localhost:8087/public/surveys/");
        assertThat(first.path("variables").path("survey").path("optOutLink").asText())
                .isEqualTo(first.path("variables").path("survey").path("link").asText() + "/opt-out");
        assertThat(links(email).values()).doesNotHaveDuplicates();

        as("acme-csm").get("/api/v1/customers/" + customer.id() + "/invitations").then().statusCode(200)
                .body("items", hasSize(2)).body("items.status", equalTo(List.of("PENDING", "PENDING")))
                .body("items.email", org.hamcrest.Matchers.containsInAnyOrder(ana.email(), bob.email()));
    }

    @Test
    void theLinkShowsTheQuestionTakesOneAnswerAndPublishesNpsResponseReceived() {
        Customer customer = customer(TENANT);
        var ana = new Recipient("Ana", "ana." + UUID.randomUUID() + "@example.com", UUID.randomUUID());
        String link = links(emailCausedBy(surveySend(TENANT, new SurveySend(step(), customer.id(), "NPS",
                List.of(ana))))).get(ana.email());

        anonymous().accept(BROWSER).get(path(link)).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("o quanto você recomendaria")).body(containsString("name=\"score\" value=\"10\""));
        anonymous().get(path(link)).then().statusCode(200).body("kind", equalTo("NPS"))
                .body("minScore", equalTo(0)).body("maxScore", equalTo(10));
        anonymous().body(Map.of("score", 11)).post(path(link)).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("score"));

        String responseId = anonymous().body(Map.of("score", 9, "comment", "Ótimo suporte")).post(path(link))
                .then().statusCode(201).body("score", equalTo(9)).extract().path("responseId");

        JsonNode answered = json(event("nps.response.received", e -> responseId.equals(e.path("responseId").asText())));
        assertThat(answered.path("customerId").asText()).isEqualTo(customer.id().toString());
        assertThat(answered.path("contactId").asText()).isEqualTo(ana.contactId().toString());
        assertThat(answered.path("score").asInt()).isEqualTo(9);
        assertThat(answered.path("comment").asText()).isEqualTo("Ótimo suporte");
        assertThat(answered.path("surveyId").asText()).isNotBlank();

        anonymous().body(Map.of("score", 3)).post(path(link)).then().statusCode(409)
                .contentType("application/problem+json").body("type", containsString("survey-already-answered"));
        anonymous().accept(BROWSER).contentType("application/x-www-form-urlencoded").formParam("score", "3")
                .post(path(link)).then().statusCode(409).contentType(containsString("text/html"))
                .body(containsString("já foi respondida"));
        anonymous().get(path(link)).then().statusCode(409);
        as("acme-csm").get("/api/v1/customers/" + customer.id() + "/answers").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].score", equalTo(9));
    }

    @Test
    void aBrowserAnswersWithTheFormAndGetsAThankYouPage() {
        Customer customer = customer(TENANT, "Carla");
        String surveyId = as("acme-csm").body(Map.of("kind", "CSAT")).post("/api/v1/customers/" + customer.id()
                + "/surveys/send").then().statusCode(201).body("invitations", hasSize(1)).extract().path("id");
        String link = links(emailOf(customer.id(), m -> true)).get(customer.contact(0).email());

        anonymous().accept(BROWSER).contentType("application/x-www-form-urlencoded").formParam("score", "4")
                .formParam("comment", "Resolveram rápido").post(path(link)).then().statusCode(200)
                .body(containsString("Obrigado"));

        JsonNode answered = json(event("csat.response.received", e -> surveyId.equals(e.path("surveyId").asText())));
        assertThat(answered.path("score").asInt()).isEqualTo(4);
        assertThat(answered.path("contactId").asText()).isEqualTo(customer.contact(0).contactId().toString());
        as("acme-csm").get("/api/v1/surveys/" + surveyId).then().statusCode(200)
                .body("invitations[0].status", equalTo("ANSWERED"));
    }

    @Test
    void anExpiredLinkIsGoneAndAForgedOrGarbledOneIsNotFoundNeverA500() {
        Customer customer = customer(TENANT);
        var ana = new Recipient("Ana", "ana." + UUID.randomUUID() + "@example.com", UUID.randomUUID());
        String link = path(links(emailCausedBy(surveySend(TENANT, new SurveySend(step(), customer.id(), "NPS",
                List.of(ana))))).get(ana.email()));
        String token = link.substring("/public/surveys/".length());

        String forged = token.substring(0, token.indexOf('.') + 1) + "AAAA" + token.substring(token.indexOf('.') + 5);
        anonymous().get("/public/surveys/" + forged).then().statusCode(404).contentType("application/problem+json")
                .body("type", containsString("survey-link-not-found"));
        anonymous().body(Map.of("score", 10)).post("/public/surveys/" + forged).then().statusCode(404);
        anonymous().accept(BROWSER).get("/public/surveys/" + forged).then().statusCode(404)
                .body(containsString("Link inválido"));
        String otherClaims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("v1|globex|"
                + UUID.randomUUID() + "|4102444800").getBytes()) + token.substring(token.indexOf('.'));
        anonymous().get("/public/surveys/" + otherClaims).then().statusCode(404);
        for (String garbled : List.of("abc", "a.b", "a.b.c", "x".repeat(600))) {
            anonymous().get("/public/surveys/" + garbled).then().statusCode(404);
            anonymous().body(Map.of("score", 10)).post("/public/surveys/" + garbled).then().statusCode(404);
        }
        anonymous().body("{not json").post(link).then().statusCode(400);
        anonymous().body(Map.of("score", "ten")).post(link).then().statusCode(400);

        ShiftedClock.later(Duration.ofDays(31));
        anonymous().get(link).then().statusCode(410).contentType("application/problem+json")
                .body("type", containsString("survey-link-expired"));
        anonymous().body(Map.of("score", 10)).post(link).then().statusCode(410);
        anonymous().accept(BROWSER).get(link).then().statusCode(410).body(containsString("Link expirado"));
        as("acme-csm").get("/api/v1/customers/" + customer.id() + "/invitations").then()
                .body("items[0].status", equalTo("EXPIRED"));
    }

    @Test
    void anOptedOutContactIsSkippedAndWhenNobodyIsLeftTheStepIsSkipped() {
        Customer customer = customer(TENANT);
        var ana = new Recipient("Ana", "ana." + UUID.randomUUID() + "@example.com", UUID.randomUUID());
        var bob = new Recipient("Bob", "bob." + UUID.randomUUID() + "@example.com", UUID.randomUUID());
        String link = path(links(emailCausedBy(surveySend(TENANT, new SurveySend(step(), customer.id(), "NPS",
                List.of(ana))))).get(ana.email()));

        anonymous().accept(BROWSER).get(link + "/opt-out").then().statusCode(200)
                .body(containsString("Não quero mais receber pesquisas"));
        anonymous().get(link + "/opt-out").then().statusCode(200).body("optedOut", equalTo(false));
        anonymous().post(link + "/opt-out").then().statusCode(200).body("optedOut", equalTo(true));
        anonymous().get(link + "/opt-out").then().body("optedOut", equalTo(true));

        // Ana opted out: a send to Ana and Bob e-mails Bob only
        var upperAna = new Recipient("Ana", ana.email().toUpperCase(), ana.contactId());
        KafkaMessage email = emailCausedBy(surveySend(TENANT, new SurveySend(step(), customer.id(), "NPS",
                List.of(upperAna, bob))));
        assertThat(links(email).keySet()).containsExactly(bob.email());

        // nobody left: SKIPPED with the reason, no e-mail command
        ExecutionStep step = step();
        Map<String, String> command = surveySend(TENANT, new SurveySend(step, customer.id(), "NPS", List.of(ana)));
        JsonNode result = result(step);
        assertThat(result.path("status").asText()).isEqualTo("SKIPPED");
        assertThat(result.path("actionType").asText()).isEqualTo("survey.send");
        assertThat(result.path("detail").asText()).contains(ana.email(), "opted out");
        assertThat(emailsCausedBy(command)).isEmpty();
    }

    @Test
    void aCommandThatCannotApplyIsDeadLetteredWithTheReason() {
        Customer customer = customer(TENANT);
        Map<String, String> command = surveySend(TENANT, new SurveySend(step(), customer.id(), "CES",
                List.of(new Recipient("Ana", "ana@example.com", null))));

        KafkaMessage parked = deadLettered(command);
        assertThat(parked.header("dead-letter-reason")).contains("survey.send cannot be applied", "NPS or CSAT");
    }

    @Test
    void anotherTenantsCustomerSurveyAndReportsAreNotFoundAndTheApiNeedsAToken() {
        Customer customer = customer(TENANT, "Dora");
        String surveyId = as("acme-csm").body(Map.of("kind", "NPS")).post("/api/v1/customers/" + customer.id()
                + "/surveys/send").then().statusCode(201).extract().path("id");

        for (String path : List.of("/nps", "/csat", "/contacts-without-answer", "/invitations", "/answers")) {
            as("globex-csm").get("/api/v1/customers/" + customer.id() + path).then().statusCode(404)
                    .contentType("application/problem+json");
            as("acme-csm").get("/api/v1/customers/" + customer.id() + path).then().statusCode(200);
        }
        as("globex-csm").get("/api/v1/surveys/" + surveyId).then().statusCode(404);
        as("globex-csm").body(Map.of("kind", "NPS")).post("/api/v1/customers/" + customer.id() + "/surveys/send")
                .then().statusCode(404);
        anonymous().get("/api/v1/customers/" + customer.id() + "/nps").then().statusCode(401);
        anonymous().get("/api/v1/surveys/" + surveyId).then().statusCode(401);
    }

    @Test
    void theMainContactACustomerWasCreatedWithIsSurveyed() {
        UUID customerId = UUID.randomUUID();
        UUID contactId = UUID.randomUUID();
        String email = "maria." + contactId.toString().substring(0, 8) + "@example.com";
        Stack.publish(TENANT, customerId, new CustomerCreated(customerId, "Main " + customerId, null, "active",
                new CustomerCreated.Contact(contactId, "Maria", email)));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("acme-csm")
                .get("/api/v1/customers/" + customerId + "/contacts-without-answer").then().statusCode(200)
                .body("items.email", equalTo(List.of(email))));

        as("acme-csm").body(Map.of("kind", "NPS")).post("/api/v1/customers/" + customerId + "/surveys/send")
                .then().statusCode(201).body("invitations.email", equalTo(List.of(email)));
    }

    @Test
    void aCsmSendNamesActiveContactsOnlyAndRefusesWhenNobodyIsLeft() {
        Customer customer = customer(TENANT, "Eva", "Fabio");
        as("acme-csm").body(Map.of("kind", "NPS", "contactIds", List.of(UUID.randomUUID()))).post("/api/v1/customers/"
                + customer.id() + "/surveys/send").then().statusCode(400).body("errors[0].field", equalTo("contactIds[0]"));
        as("acme-csm").body(Map.of("kind", "XYZ")).post("/api/v1/customers/" + customer.id() + "/surveys/send")
                .then().statusCode(400);
        as("acme-csm").body(Map.of("kind", "NPS")).post("/api/v1/customers/" + UUID.randomUUID() + "/surveys/send")
                .then().statusCode(404);

        as("acme-csm").body(Map.of("kind", "NPS", "contactIds", List.of(customer.contact(1).contactId())))
                .post("/api/v1/customers/" + customer.id() + "/surveys/send").then().statusCode(201)
                .header("Location", containsString("/api/v1/surveys/"))
                .body("invitations.email", equalTo(List.of(customer.contact(1).email())));
        String link = links(emailOf(customer.id(), m -> links(m).containsKey(customer.contact(1).email())))
                .get(customer.contact(1).email());
        anonymous().post(path(link) + "/opt-out").then().statusCode(200);

        as("acme-csm").body(Map.of("kind", "NPS", "contactIds", List.of(customer.contact(1).contactId())))
                .post("/api/v1/customers/" + customer.id() + "/surveys/send").then().statusCode(409)
                .body("detail", containsString("opted out"));
        as("acme-csm").body(Map.of("kind", "NPS")).post("/api/v1/customers/" + customer.id() + "/surveys/send")
                .then().statusCode(201).body("invitations.email", equalTo(List.of(customer.contact(0).email())))
                .body("skipped[0].email", equalTo(customer.contact(1).email()));
    }
}
