package io.csplatform.e2e;

import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The walking skeleton through HTTP only, every part real: Keycloak tokens, PostgreSQL, the Debezium
 * outbox relay, Kafka, SMTP. A customer, an onboarding playbook, a contract: one e-mail to the main
 * contact, one "Kickoff" task, one execution with both steps done; and a redelivered contract event
 * changes nothing.
 */
class OnboardingSliceIT {

    private static Platform platform;
    private static String admin;

    @BeforeAll
    static void start() {
        platform = Platform.get();
        admin = platform.stack.token("acme-admin", "acme-admin");
    }

    @AfterAll
    static void report() {
        if (platform != null) {
            System.out.println("RSS (kB) per process: " + platform.rssKb());
        }
    }

    @Test
    void aNewContractSendsTheWelcomeEmailAndCreatesTheKickoffTaskExactlyOnceEvenWhenRedelivered() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "ana." + suffix + "@acme.test";
        String customerId = as(admin, "customers").body(Map.of("name", "ACME " + suffix,
                        "mainContact", Map.of("name", "Ana", "email", email)))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
        String playbookId = as(admin, "playbook-runtime").body(onboardingPlaybook())
                .post("/api/v1/playbooks").then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        as(admin, "playbook-runtime").post("/api/v1/playbooks/" + playbookId + "/activate")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));

        // contracts learns the customer from customer.created: until then the contract is refused (400, nothing stored)
        await().atMost(Duration.ofSeconds(60)).until(() -> as(admin, "contracts")
                .get("/api/v1/customers/" + customerId + "/mrr").statusCode() == 200);
        as(admin, "contracts").body(Map.of("customerId", customerId, "mrr", 1250.50, "currency", "BRL",
                        "startDate", "2026-11-24", "endDate", "2027-11-23"))
                .post("/api/v1/contracts").then().statusCode(201).header("Location", notNullValue());

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(mailsTo(email))
                .singleElement().satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Bem-vindo, ACME " + suffix + "!")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(admin, "journeys")
                .get("/api/v1/customers/" + customerId + "/tasks").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].title", equalTo("Kickoff")));
        LocalDate due = LocalDate.parse(as(admin, "journeys").get("/api/v1/customers/" + customerId + "/tasks")
                .then().extract().path("items[0].dueDate"));
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(admin, "playbook-runtime")
                .get("/api/v1/playbooks/" + playbookId + "/executions").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].status", equalTo("COMPLETED"))
                .body("items[0].steps.status", equalTo(List.of("SUCCEEDED", "SUCCEEDED"))));

        try (KafkaProbe kafka = KafkaProbe.of(platform.stack)) {
            KafkaMessage contractCreated = kafka.await("cs.contracts.events.v1",
                    m -> m.key().equals("acme:" + customerId), Duration.ofSeconds(10));
            assertThat(contractCreated.header("ce_type")).isEqualTo("contract.created");
            assertThat(contractCreated.header("ce_tenantid")).isEqualTo("acme");
            kafka.republish(contractCreated);
            ConsumerProgress.awaitCaughtUp(platform.stack.kafkaBootstrapServers(), "playbook-runtime",
                    "cs.contracts.events.v1", contractCreated.partition(), Duration.ofSeconds(60));
        }
        assertThat(mailsTo(email)).hasSize(1);
        as(admin, "journeys").get("/api/v1/customers/" + customerId + "/tasks").then().body("items.size()", equalTo(1));
        as(admin, "playbook-runtime").get("/api/v1/playbooks/" + playbookId + "/executions").then()
                .body("items.size()", equalTo(1));
    }

    @Test
    void anotherTenantsCustomerIsNotFoundAndNoTokenIsUnauthorized() {
        String customerId = as(admin, "customers").body(Map.of("name", "ACME private"))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");

        as(platform.stack.token("globex-csm", "globex-csm"), "customers").get("/api/v1/customers/" + customerId)
                .then().statusCode(404).contentType("application/problem+json");
        as(platform.stack.token("acme-csm", "acme-csm"), "customers").get("/api/v1/customers/" + customerId)
                .then().statusCode(200).body("name", equalTo("ACME private"));
        given().baseUri(platform.url("customers")).get("/api/v1/customers/" + customerId).then().statusCode(401);
        given().baseUri(platform.url("contracts")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/contracts").then().statusCode(401);
    }

    @Test
    void aMalformedContractIsABadRequestNamingTheFields() {
        as(admin, "contracts").body(Map.of("customerId", UUID.randomUUID().toString(), "mrr", -5,
                        "currency", "brl", "startDate", "2026-11-24"))
                .post("/api/v1/contracts").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", equalTo(List.of("currency", "mrr")));
        as(admin, "contracts").body("{\"customerId\": \"" + UUID.randomUUID() + "\", \"mrr\": \"lots\"}")
                .post("/api/v1/contracts").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("mrr"));
    }

    @Test
    void aPlaybookWithAnUnknownActionIsRefusedWithItsPath() {
        as(admin, "playbook-runtime").body(Map.of("name", "x", "trigger", Map.of("type", "contract.created"),
                        "actions", List.of(Map.of("type", "fax.send"))))
                .post("/api/v1/playbooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("actions[0].type")));
        as(platform.stack.token("acme-csm", "acme-csm"), "playbook-runtime").body(onboardingPlaybook())
                .post("/api/v1/playbooks").then().statusCode(403);
    }

    private static List<MimeMessage> mailsTo(String email) {
        return platform.stack.receivedMails().stream().filter(mail -> {
            try {
                return mail.getAllRecipients()[0].toString().equals(email);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static RequestSpecification as(String token, String service) {
        return given().baseUri(platform.url(service)).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> onboardingPlaybook() {
        return Map.of("name", "Onboarding: welcome and kickoff",
                "trigger", Map.of("type", "contract.created"),
                "actions", List.of(
                        Map.of("type", "email.main-contact", "params", Map.of(
                                "subject", "Bem-vindo, {customer.name}!",
                                "body", "Olá {contact.name}, seu contrato de {contract.mrr} {contract.currency} começa em {contract.startDate}.")),
                        Map.of("type", "journey.task.create", "params", Map.of(
                                "title", "Kickoff", "dueInDays", 7, "skipWeekends", true))));
    }
}
