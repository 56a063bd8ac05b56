package io.csplatform.surveys.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.ActionMessages;
import io.csplatform.events.ContractSchemas;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.SurveyMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ContactCreated;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.Recipient;
import io.csplatform.events.payload.SurveySend;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Customers, contacts and commands on the shared dev stack, and what the service publishes, read back from Kafka. */
public final class Stack {

    public static final TestPlatform PLATFORM = new TestPlatform(Topic.SURVEYS_EVENTS, "nps");
    public static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final KafkaProbe KAFKA = KafkaProbe.of(TestPlatform.stack());
    private static final Duration WAIT = Duration.ofSeconds(60);

    private Stack() {
    }

    /** A request as {@code user} (password = user name), JSON body. */
    public static RequestSpecification as(String user) {
        return TestPlatform.as(user);
    }

    /** A request with no token at all, as a contact's browser or an API client makes it. */
    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    /** A customer of the tenant the service knows, with these contacts (name -> e-mail) active. */
    public static Customer customer(String tenant, String... names) {
        UUID id = PLATFORM.customer(tenant, null);
        List<Recipient> contacts = new ArrayList<>();
        for (String name : names) {
            UUID contactId = UUID.randomUUID();
            String email = name.toLowerCase() + "." + contactId.toString().substring(0, 8) + "@example.com";
            publish(tenant, id,
                    new ContactCreated(id, contactId, name, email, contacts.isEmpty(), false, Map.of()));
            contacts.add(new Recipient(name, email, contactId));
        }
        if (names.length > 0) {
            await().atMost(WAIT).until(() -> as(tenant + "-csm").get("/api/v1/customers/" + id
                    + "/contacts-without-answer").then().extract().path("items.size()").equals(names.length));
        }
        return new Customer(tenant, id, contacts);
    }

    public record Customer(String tenant, UUID id, List<Recipient> contacts) {

        public Recipient contact(int index) {
            return contacts.get(index);
        }
    }

    /** Publishes a customers event as the customers service would. */
    public static void publish(String tenant, UUID customerId, Object payload) {
        var type = CustomerMessages.ALL.stream().filter(t -> t.payloadType().isInstance(payload)).findFirst().orElseThrow();
        var headers = EventHeaders.origin("/services/customers", type, tenant, customerId, Instant.now()).toMap();
        KAFKA.publish(Topic.CUSTOMERS_EVENTS.name(), Topic.key(tenant, customerId), EventJson.write(payload), headers);
    }

    /** Publishes {@code survey.send} as the actions service forwards it; answers its headers. */
    public static Map<String, String> surveySend(String tenant, SurveySend command) {
        var headers = EventHeaders.origin("/services/actions", SurveyMessages.SURVEY_SEND, tenant, command.customerId(),
                Instant.now()).toMap();
        KAFKA.publish(Topic.SURVEYS_COMMANDS.name(), Topic.key(tenant, command.customerId()), EventJson.write(command),
                headers);
        return headers;
    }

    public static ExecutionStep step() {
        return new ExecutionStep(UUID.randomUUID(), 1, UUID.randomUUID(), 1);
    }

    /** The email.external caused by the command with these headers, checked against its schema. */
    public static KafkaMessage emailCausedBy(Map<String, String> command) {
        return email(m -> command.get("ce_id").equals(m.header("ce_causationid")));
    }

    /** The email.external of a CSM's send: the one naming the survey's first invitation link. */
    public static KafkaMessage emailOf(UUID customerId, Predicate<KafkaMessage> match) {
        return email(m -> customerId.toString().equals(m.header("ce_subject")) && match.test(m));
    }

    /** The email.external of the survey {@code surveyId}: the one whose links name its invitations. */
    public static KafkaMessage emailOfSurvey(Customer customer, String surveyId) {
        List<String> invitations = as(customer.tenant() + "-csm")
                .get("/api/v1/surveys/" + surveyId).then().statusCode(200).extract().path("invitations.id");
        return emailOf(customer.id(), m -> links(m).values().stream().map(Stack::invitationId).anyMatch(invitations::contains));
    }

    /** The invitation id a link's token names (its claims are readable; only the signature is secret). */
    public static String invitationId(String link) {
        String token = link.substring(link.lastIndexOf('/') + 1);
        String claims = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                java.nio.charset.StandardCharsets.UTF_8);
        return claims.split("\\|")[2];
    }

    private static KafkaMessage email(Predicate<KafkaMessage> match) {
        KafkaMessage email = KAFKA.await(Topic.ACTIONS_COMMANDS.name(),
                m -> ActionMessages.EMAIL_EXTERNAL.name().equals(m.header("ce_type")) && match.test(m), WAIT);
        assertThat(ContractSchemas.violations(ActionMessages.EMAIL_EXTERNAL, email.value())).as(email.value()).isEmpty();
        return email;
    }

    /** Every email.external now on Kafka caused by the command. */
    public static List<KafkaMessage> emailsCausedBy(Map<String, String> command) {
        return KAFKA.readAll(Topic.ACTIONS_COMMANDS.name()).stream()
                .filter(m -> command.get("ce_id").equals(m.header("ce_causationid"))).toList();
    }

    /** The action.result of the step, checked against its schema. */
    public static JsonNode result(ExecutionStep step) {
        KafkaMessage result = KAFKA.await(Topic.ACTIONS_RESULTS.name(), m -> step.executionId().toString()
                .equals(json(m).path("source").path("executionId").asText()), WAIT);
        assertThat(ContractSchemas.violations(ActionMessages.ACTION_RESULT, result.value())).as(result.value()).isEmpty();
        return json(result);
    }

    /** The dead-lettered command with these headers. */
    public static KafkaMessage deadLettered(Map<String, String> command) {
        return KAFKA.await(Topic.SURVEYS_COMMANDS.deadLetterName(), m -> command.get("ce_id").equals(m.header("ce_id")),
                WAIT);
    }

    /** The surveys event of {@code type} whose payload matches, checked against its schema. */
    public static KafkaMessage event(String type, Predicate<JsonNode> match) {
        KafkaMessage event = KAFKA.await(Topic.SURVEYS_EVENTS.name(), m -> type.equals(m.header("ce_type"))
                && match.test(json(m)), WAIT);
        var messageType = SurveyMessages.ALL.stream().filter(t -> t.name().equals(type)).findFirst().orElseThrow();
        assertThat(ContractSchemas.violations(messageType, event.value())).as(event.value()).isEmpty();
        assertThat(event.key()).isEqualTo(event.header("ce_tenantid") + ":" + event.header("ce_subject"));
        return event;
    }

    public static JsonNode json(KafkaMessage message) {
        try {
            return EventJson.MAPPER.readTree(message.value());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not JSON: " + message.value(), e);
        }
    }

    /** The personal answer links of an email.external, by recipient e-mail. */
    public static Map<String, String> links(KafkaMessage email) {
        Map<String, String> links = new java.util.LinkedHashMap<>();
        json(email).path("to").forEach(to -> links.put(to.path("email").asText(),
                to.path("variables").path("survey").path("link").asText()));
        return links;
    }

    /** The path of a public link (the service runs on a random port in tests, not on the configured public URL). */
    public static String path(String link) {
        return link.substring(link.indexOf("/public/surveys/"));
    }
}
