package io.csplatform.e2e;

import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Every action of the catalog, on the whole platform and through its public APIs only: a playbook fired by a tag added
 * to a customer runs one action, and the test reads its effect where it lives (the SMTP server, journeys, customers,
 * the notifications API) and the step's truthful status in the runtime.
 */
class ActionsIT {

    private static Platform platform;
    private static String admin;
    private static String adminId;
    private static String csmId;

    @BeforeAll
    static void start() {
        platform = Platform.get();
        admin = platform.stack.token("acme-admin", "acme-admin");
        List<Map<String, Object>> users = as("customers").get("/api/v1/users").then().statusCode(200)
                .extract().path("items");
        adminId = userId(users, "acme-admin");
        csmId = userId(users, "acme-csm");
        int created = as("customers").body(Map.of("name", "Financeiro")).post("/api/v1/contact-types").statusCode();
        assertThat(created).as("contact type Financeiro created, or there already").isIn(201, 409);
        as("customers").body(Map.of("emailSenderName", "Sucesso do Cliente ACME",
                        "emailSenderAddress", "cs@acme.example.com", "emailReplyTo", "csm-team@acme.example.com"))
                .patch("/api/v1/tenant/settings").then().statusCode(200);
    }

    /** A customer with a main contact, a "Financeiro" contact and acme-admin as its Analista Principal. */
    private record Customer(String id, String suffix, String mainEmail, String financeEmail) {
    }

    private static Customer customer() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String main = "ana." + suffix + "@acme.test";
        String id = as("customers").body(Map.of("name", "ACME " + suffix, "mainContact", Map.of("name", "Ana", "email", main)))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        String finance = "fin." + suffix + "@acme.test";
        as("customers").body(Map.of("name", "Fábio", "email", finance, "types", List.of("Financeiro")))
                .post("/api/v1/customers/" + id + "/contacts").then().statusCode(201);
        as("customers").body(Map.of("userId", adminId))
                .put("/api/v1/customers/" + id + "/owners/" + defaultOwnerType()).then().statusCode(200);
        return new Customer(id, suffix, main, finance);
    }

    /** Activates a playbook running {@code action} when tag go-{suffix} is added, adds the tag, answers the playbook. */
    private static String fire(Customer customer, Map<String, Object> action) {
        String playbook = as("playbook-runtime").body(Map.of("name", "action " + action.get("type") + " " + customer.suffix(),
                        "trigger", Map.of("type", "customer.tag.changed", "params", Map.of("tag", "go-" + customer.suffix(),
                                "change", "added")),
                        "actions", List.of(action)))
                .post("/api/v1/playbooks").then().statusCode(201).extract().path("id");
        as("playbook-runtime").post("/api/v1/playbooks/" + playbook + "/activate").then().statusCode(200);
        // the runtime must know the customer's contacts and owners before the trigger: same partition, so in order
        await().atMost(Duration.ofSeconds(60)).until(() -> as("playbook-runtime")
                .get("/api/v1/customers/" + customer.id() + "/facts").statusCode() == 200);
        as("customers").body(Map.of("tags", List.of("go-" + customer.suffix())))
                .patch("/api/v1/customers/" + customer.id()).then().statusCode(200);
        return playbook;
    }

    private static void awaitStep(String playbook, String status, String detailContains) {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonPath executions = as("playbook-runtime").get("/api/v1/playbooks/" + playbook + "/executions")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(executions.getList("items")).hasSize(1);
            assertThat(executions.getString("items[0].steps[0].status")).isEqualTo(status);
            assertThat(executions.getString("items[0].steps[0].detail")).contains(detailContains);
        });
    }

    @Test
    void emailMainContactRendersTheTemplateFromTheTenantsSenderWithHtmlAndTextOnce() throws Exception {
        Customer customer = customer();
        String playbook = fire(customer, Map.of("type", "email.main-contact", "params", Map.of(
                "subject", "Bem-vindo, {customer.name}!",
                "body", "Olá {contact.name},\n\nSua CSM é {owner.name} <{owner.email}>.")));

        MimeMessage mail = awaitOneMail(customer.mainEmail(), "Bem-vindo, ACME " + customer.suffix() + "!");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Sucesso do Cliente ACME <cs@acme.example.com>");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("csm-team@acme.example.com");
        assertThat(text(mail, "text/plain")).contains("Olá Ana,").contains("acme-admin@acme.example.com");
        assertThat(text(mail, "text/html")).contains("<p>Olá Ana,</p>").contains("&lt;acme-admin@acme.example.com&gt;");
        awaitStep(playbook, "SUCCEEDED", "sent to " + customer.mainEmail());
        String execution = as("playbook-runtime").get("/api/v1/playbooks/" + playbook + "/executions")
                .then().extract().path("items[0].id");
        assertThat(mail.getMessageID()).startsWith("<" + execution + ".0.").endsWith("@acme.example.com>");
    }

    @Test
    void emailExternalAndContactTypeAndCsmReachTheirRecipients() throws Exception {
        Customer customer = customer();
        String external = "partner." + customer.suffix() + "@partner.test";
        String first = fire(customer, Map.of("type", "email.external", "params", Map.of("addresses", List.of(external),
                "subject", "Parceiro: {customer.name}", "body", "Olá {recipient.email}")));
        awaitOneMail(external, "Parceiro: ACME " + customer.suffix());
        awaitStep(first, "SUCCEEDED", external);

        Customer second = customer();
        String byType = fire(second, Map.of("type", "email.contact-type", "params", Map.of("contactType", "financeiro",
                "subject", "Financeiro {customer.name}", "body", "Olá {contact.name}")));
        assertThat(text(awaitOneMail(second.financeEmail(), "Financeiro ACME " + second.suffix()), "text/plain"))
                .contains("Olá Fábio");
        assertThat(mailsTo(second.mainEmail())).isEmpty();
        awaitStep(byType, "SUCCEEDED", second.financeEmail());

        Customer third = customer();
        String csm = fire(third, Map.of("type", "email.csm", "params", Map.of("ownerTypes", List.of("Analista Principal"),
                "users", List.of(csmId), "subject", "Atenção {customer.name}", "body", "Olá {recipient.name}")));
        awaitOneMail("acme-admin@acme.example.com", "Atenção ACME " + third.suffix());
        awaitOneMail("acme-csm@acme.example.com", "Atenção ACME " + third.suffix());
        awaitStep(csm, "SUCCEEDED", "acme-csm@acme.example.com");
    }

    @Test
    void emailTaskContactsGoesToTheTasksAdditionalContacts() throws Exception {
        Customer customer = customer();
        String taskId = as("journeys").body(Map.of("title", "Reunião " + customer.suffix(), "dueInDays", 3))
                .post("/api/v1/customers/" + customer.id() + "/tasks").then().statusCode(201).extract().path("id");
        String extra = "extra." + customer.suffix() + "@partner.test";
        as("journeys").body(Map.of("contacts", List.of("Fábio", extra))).put("/api/v1/tasks/" + taskId + "/contacts")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> as("playbook-runtime")
                .get("/api/v1/customers/" + customer.id() + "/facts").asString().contains(extra));

        String playbook = fire(customer, Map.of("type", "email.task-contacts", "params", Map.of(
                "task", Map.of("title", "Reunião " + customer.suffix()),
                "subject", "Sobre {task.title}", "body", "Olá {recipient.email}")));
        awaitOneMail(extra, "Sobre Reunião " + customer.suffix());
        awaitOneMail(customer.financeEmail(), "Sobre Reunião " + customer.suffix());
        awaitStep(playbook, "SUCCEEDED", extra);
    }

    @Test
    void nobodyToSendToIsARecordedSkipWithTheReason() {
        Customer customer = customer();
        String playbook = fire(customer, Map.of("type", "email.csm", "params", Map.of(
                "ownerTypes", List.of("Executivo de Contas " + customer.suffix()), "subject", "s", "body", "b")));
        awaitStep(playbook, "SKIPPED", "nobody holds owner type Executivo de Contas " + customer.suffix());
    }

    @Test
    void notifyCsmShowsUpInTheCsmsNotifications() {
        Customer customer = customer();
        String title = "Cliente {customer.name} precisa de atenção";
        String playbook = fire(customer, Map.of("type", "notify.csm", "params", Map.of(
                "ownerTypes", List.of("Analista Principal"), "title", title, "body", "Veja o health score.")));
        awaitStep(playbook, "SUCCEEDED", "notified");
        as("actions").get("/api/v1/notifications").then().statusCode(200)
                .body("items.title", hasItem("Cliente ACME " + customer.suffix() + " precisa de atenção"));
        given().baseUri(platform.url("actions")).auth().oauth2(platform.stack.token("acme-csm", "acme-csm"))
                .get("/api/v1/notifications").then().statusCode(200)
                .body("items.findAll { it.title.contains('" + customer.suffix() + "') }.size()", equalTo(0));
    }

    @Test
    void boardAndJourneyTaskCreationAreConfirmedByJourneys() {
        Customer customer = customer();
        String board = fire(customer, Map.of("type", "board.task.create", "params", Map.of(
                "title", "Ligar " + customer.suffix(), "durationMinutes", 30, "startInDays", 1,
                "contactAsMainResponsible", true)));
        awaitStep(board, "SUCCEEDED", "");
        as("journeys").queryParam("limit", 500).get("/api/v1/board/tasks").then().statusCode(200)
                .body("items.findAll { it.title == 'Ligar " + customer.suffix() + "' }.size()", equalTo(1))
                .body("items.find { it.title == 'Ligar " + customer.suffix() + "' }.mainContact", equalTo("Ana"));

        Customer other = customer();
        String journey = fire(other, Map.of("type", "journey.task.create", "params", Map.of(
                "title", "Kickoff " + other.suffix(), "dueInDays", 2, "labels", List.of("onboarding"))));
        awaitStep(journey, "SUCCEEDED", "");
        as("journeys").get("/api/v1/customers/" + other.id() + "/tasks").then().statusCode(200)
                .body("items.title", hasItem("Kickoff " + other.suffix()));
    }

    @Test
    void journeyTaskCompleteChecklistAndScheduleChangeTheTaskInJourneys() {
        Customer customer = customer();
        String title = "Treinamento " + customer.suffix();
        String taskId = as("journeys").body(Map.of("title", title, "dueInDays", 3, "checklist", List.of("Convite enviado")))
                .post("/api/v1/customers/" + customer.id() + "/tasks").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> as("playbook-runtime")
                .get("/api/v1/customers/" + customer.id() + "/facts").asString().contains(title));

        String item = fire(customer, Map.of("type", "journey.checklist-item.complete", "params", Map.of(
                "task", Map.of("title", title), "item", "Convite enviado")));
        awaitStep(item, "SUCCEEDED", "");
        as("journeys").get("/api/v1/tasks/" + taskId).then().body("checklist[0].completed", equalTo(true));

        Customer second = customer();
        String title2 = "Check-in " + second.suffix();
        String task2 = as("journeys").body(Map.of("title", title2, "dueInDays", 1))
                .post("/api/v1/customers/" + second.id() + "/tasks").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> as("playbook-runtime")
                .get("/api/v1/customers/" + second.id() + "/facts").asString().contains(title2));
        String schedule = fire(second, Map.of("type", "journey.task.schedule", "params", Map.of(
                "task", Map.of("title", title2), "dueInDays", 20)));
        awaitStep(schedule, "SUCCEEDED", "");
        String due = as("journeys").get("/api/v1/tasks/" + task2).then().extract().path("dueDate");
        assertThat(java.time.LocalDate.parse(due)).isAfter(java.time.LocalDate.now().plusDays(15));

        Customer third = customer();
        String title3 = "Kickoff " + third.suffix();
        String task3 = as("journeys").body(Map.of("title", title3, "dueInDays", 1))
                .post("/api/v1/customers/" + third.id() + "/tasks").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> as("playbook-runtime")
                .get("/api/v1/customers/" + third.id() + "/facts").asString().contains(title3));
        String complete = fire(third, Map.of("type", "journey.task.complete", "params", Map.of("task", Map.of("title", title3))));
        awaitStep(complete, "SUCCEEDED", "");
        as("journeys").get("/api/v1/tasks/" + task3).then().body("status", equalTo("done"));
    }

    @Test
    void aTaskJourneysCannotFindFailsTheStepWithJourneysReason() {
        Customer customer = customer();
        String playbook = fire(customer, Map.of("type", "journey.task.complete", "params", Map.of(
                "task", Map.of("templateTaskId", UUID.randomUUID().toString()))));
        awaitStep(playbook, "FAILED", "journey.task.complete failed at journeys");
        as("playbook-runtime").get("/api/v1/playbooks/" + playbook + "/executions").then()
                .body("items[0].status", equalTo("FAILED"));
    }

    @Test
    void journeySetGivesTheCustomerTheTemplatesJourney() {
        Customer customer = customer();
        String template = as("journeys").get("/api/v1/journey-templates").then().statusCode(200)
                .extract().path("items[0].id");
        String playbook = fire(customer, Map.of("type", "journey.set", "params", Map.of("templateId", template)));
        awaitStep(playbook, "SUCCEEDED", "");
        as("journeys").get("/api/v1/customers/" + customer.id() + "/journey").then().statusCode(200)
                .body("templateId", equalTo(template));
    }

    @Test
    void portfolioTagsAndOwnerChangesAreConfirmedByCustomers() {
        Customer customer = customer();
        String portfolio = as("customers").body(Map.of("name", "Enterprise " + customer.suffix()))
                .post("/api/v1/portfolios").then().statusCode(201).extract().path("id");
        String move = fire(customer, Map.of("type", "portfolio.move", "params", Map.of("portfolioId", portfolio)));
        awaitStep(move, "SUCCEEDED", "");
        as("customers").get("/api/v1/customers/" + customer.id()).then().body("portfolioId", equalTo(portfolio));

        Customer second = customer();
        String tags = fire(second, Map.of("type", "tags.change", "params", Map.of("add", List.of("vip-" + second.suffix()))));
        awaitStep(tags, "SUCCEEDED", "");
        as("customers").get("/api/v1/customers/" + second.id()).then().body("tags", hasItem("vip-" + second.suffix()));

        Customer third = customer();
        String ownerType = as("customers").body(Map.of("name", "Financeiro " + third.suffix()))
                .post("/api/v1/owner-types").then().statusCode(201).extract().path("id");
        String owner = fire(third, Map.of("type", "owner.assign", "params", Map.of("ownerTypeId", ownerType,
                "operator", "fixed", "userId", csmId)));
        awaitStep(owner, "SUCCEEDED", "");
        as("customers").get("/api/v1/customers/" + third.id() + "/owners").then()
                .body("items.find { it.ownerTypeId == '" + ownerType + "' }.userId", equalTo(csmId));
    }

    /**
     * healthscore.set: the health-score service applies the manual change (a delta with its reason, the playbook as
     * author) and confirms the step SUCCEEDED in the change's transaction; the new score and its reason are in the
     * health-score API.
     */
    @Test
    void healthscoreSetChangesTheScoreWithItsReasonAndTheHealthScoreServiceConfirmsTheStep() {
        Customer customer = customer();
        await().atMost(Duration.ofSeconds(60)).until(() -> as("health-score")
                .get("/api/v1/customers/" + customer.id() + "/health-score").statusCode() == 200);
        String score = fire(customer, Map.of("type", "healthscore.set", "params", Map.of("delta", -10, "reason", "detrator")));
        try (KafkaProbe kafka = KafkaProbe.of(platform.stack)) {
            KafkaMessage set = kafka.await("cs.healthscore.commands.v1", m -> m.key().equals("acme:" + customer.id()),
                    Duration.ofSeconds(90));
            assertThat(set.header("ce_type")).isEqualTo("healthscore.set");
            assertThat(JsonPath.from(set.value()).getString("source.playbookId")).isEqualTo(score);
        }
        awaitStep(score, "SUCCEEDED", "detrator");
        // nothing else is known of the new customer: 100 computed, moved by -10
        as("health-score").get("/api/v1/customers/" + customer.id() + "/health-score").then().statusCode(200)
                .body("score", equalTo(90.0f)).body("computed", equalTo(100.0f))
                .body("manual.adjustments[0].reason", equalTo("detrator"))
                .body("manual.adjustments[0].delta", equalTo(-10.0f));
        as("health-score").get("/api/v1/customers/" + customer.id() + "/health-score/history").then().statusCode(200)
                .body("items[0].reason", equalTo("detrator")).body("items[0].score", equalTo(90.0f));
    }

    /**
     * survey.send: surveys makes a personal link per contact, the actions service e-mails it, the answer (read from
     * Kafka, valid against its schema) counts in the NPS, and a detractor's answer fires the "answer every detractor"
     * playbook of seed 002 (nps.response.received + nps.answer.score), which creates a follow-up task.
     */
    @Test
    void surveySendEmailsEveryContactAPersonalLinkAndADetractorsAnswerFiresTheFollowUp() throws Exception {
        Customer customer = customer();
        String followUp = as("playbook-runtime").body(Map.of("name", "Responder todo detrator " + customer.suffix(),
                        "trigger", Map.of("type", "nps.response.received"),
                        "conditions", Map.of("type", "nps.answer.score", "params", Map.of("max", 6)),
                        "actions", List.of(Map.of("type", "journey.task.create", "params", Map.of(
                                "title", "Follow-up detrator " + customer.suffix(), "dueInDays", 2)))))
                .post("/api/v1/playbooks").then().statusCode(201).extract().path("id");
        as("playbook-runtime").post("/api/v1/playbooks/" + followUp + "/activate").then().statusCode(200);
        String survey = fire(customer, Map.of("type", "survey.send", "params", Map.of("kind", "NPS", "contacts", "all")));
        awaitStep(survey, "SUCCEEDED", customer.mainEmail());
        String main = text(awaitAnyMail(customer.mainEmail()), "text/plain");
        String finance = text(awaitAnyMail(customer.financeEmail()), "text/plain");
        String mainLink = link(main);
        assertThat(link(finance)).as("a personal link each").isNotEqualTo(mainLink);

        given().baseUri(platform.url("surveys")).contentType(ContentType.JSON).body(Map.of("score", 10, "comment", "Ótimo"))
                .post(mainLink).then().statusCode(201).body("score", equalTo(10));
        given().baseUri(platform.url("surveys")).contentType(ContentType.JSON).body(Map.of("score", 3))
                .post(mainLink).then().statusCode(409);
        given().baseUri(platform.url("surveys")).contentType(ContentType.JSON)
                .body(Map.of("score", 3, "comment", "Suporte lento")).post(link(finance)).then().statusCode(201);
        try (KafkaProbe kafka = KafkaProbe.of(platform.stack)) {
            List<KafkaMessage> answers = kafka.awaitAll("cs.surveys.events.v1", m -> m.key().equals("acme:" + customer.id())
                    && "nps.response.received".equals(m.header("ce_type")), 2, Duration.ofSeconds(60));
            assertThat(answers).allSatisfy(answer -> assertThat(io.csplatform.events.ContractSchemas.violations(
                    io.csplatform.events.SurveyMessages.NPS_RESPONSE_RECEIVED, answer.value())).isEmpty());
            assertThat(answers).extracting(answer -> JsonPath.from(answer.value()).getInt("score"))
                    .containsExactlyInAnyOrder(10, 3);
            KafkaMessage sent = kafka.await("cs.surveys.events.v1", m -> m.key().equals("acme:" + customer.id())
                    && "survey.sent".equals(m.header("ce_type")), Duration.ofSeconds(60));
            assertThat(io.csplatform.events.ContractSchemas.violations(io.csplatform.events.SurveyMessages.SURVEY_SENT,
                    sent.value())).isEmpty();
            assertThat(JsonPath.from(sent.value()).getList("invitations.email", String.class))
                    .containsExactlyInAnyOrder(customer.mainEmail(), customer.financeEmail());
        }
        as("surveys").get("/api/v1/customers/" + customer.id() + "/nps").then().statusCode(200)
                .body("promoters", equalTo(1)).body("detractors", equalTo(1));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> as("journeys")
                .get("/api/v1/customers/" + customer.id() + "/tasks").then().statusCode(200)
                .body("items.findAll { it.title == 'Follow-up detrator " + customer.suffix() + "' }.size()", equalTo(1)));
        as("playbook-runtime").get("/api/v1/playbooks/" + followUp + "/executions").then()
                .body("items.size()", equalTo(1));
    }

    /** The path of the personal answer link in a survey e-mail ({@code /public/surveys/<token>}). */
    private static String link(String text) {
        var matcher = java.util.regex.Pattern.compile("(/public/surveys/[A-Za-z0-9._~-]+)").matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    private static MimeMessage awaitAnyMail(String to) {
        await().atMost(Duration.ofSeconds(90)).until(() -> mailsTo(to).size() == 1);
        return mailsTo(to).get(0);
    }

    private static MimeMessage awaitOneMail(String to, String subject) {
        List<MimeMessage> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            found.clear();
            for (MimeMessage mail : mailsTo(to)) {
                if (subject.equals(mail.getSubject())) {
                    found.add(mail);
                }
            }
            assertThat(found).hasSize(1);
        });
        return found.get(0);
    }

    private static List<MimeMessage> mailsTo(String email) {
        return platform.stack.receivedMails().stream().filter(mail -> {
            try {
                return mail.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(email);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String text(MimeMessage mail, String type) throws MessagingException, IOException {
        Object content = mail.getContent();
        if (content instanceof Multipart multipart) {
            return part(multipart, type);
        }
        return mail.isMimeType(type) ? content.toString() : "";
    }

    private static String part(Multipart multipart, String type) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            var body = multipart.getBodyPart(i);
            if (body.isMimeType(type)) {
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

    private static String defaultOwnerType() {
        return as("customers").get("/api/v1/owner-types").then().statusCode(200)
                .extract().path("items.find { it.isDefault }.id");
    }

    private static String userId(List<Map<String, Object>> users, String username) {
        return users.stream().filter(u -> username.equals(u.get("username"))).map(u -> (String) u.get("id"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no user " + username));
    }

    private static RequestSpecification as(String service) {
        return given().baseUri(platform.url(service)).auth().oauth2(admin).contentType(ContentType.JSON);
    }
}
