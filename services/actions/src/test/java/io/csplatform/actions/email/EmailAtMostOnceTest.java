package io.csplatform.actions.email;

import io.csplatform.events.ActionMessages;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.MessageType;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.EmailSend;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.JourneyTaskComplete;
import io.csplatform.events.payload.Recipient;
import io.csplatform.events.payload.TenantSettingsChanged;
import io.csplatform.security.KeycloakUsers;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaMessage;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import static io.csplatform.actions.support.ActionCommands.address;
import static io.csplatform.actions.support.ActionCommands.mailsTo;
import static io.csplatform.actions.support.ActionCommands.publish;
import static io.csplatform.actions.support.ActionCommands.result;
import static io.csplatform.actions.support.ActionCommands.settle;
import static io.csplatform.actions.support.ActionCommands.step;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * E-mail at most once per (execution, step, recipient), on real Kafka, PostgreSQL, relay, Keycloak and SMTP: a crash
 * right after SMTP accepted the e-mail, a crash before the step's result commits, and a re-dispatched command each
 * leave exactly one e-mail, and the step says what is known.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "actions"))
class EmailAtMostOnceTest {

    private static final String TENANT = "acme";

    @Inject
    SendHooks hooks;
    @Inject
    KeycloakUsers users;

    @Test
    void aCrashRightAfterSmtpAcceptedTheEmailNeverSendsItAgainAndTheStepSaysTheDeliveryIsUncertain() {
        String to = address();
        ExecutionStep step = step();
        hooks.crashAfterSmtp(to);
        send(ActionMessages.EMAIL_MAIN_CONTACT, email(step, List.of(to), List.of(), "Bem-vindo, {customer.name}!"));

        JsonPath result = result(step, Duration.ofSeconds(90));
        assertThat(result.getString("status")).isEqualTo("FAILED");
        assertThat(result.getString("detail")).startsWith("delivery uncertain to " + to);
        assertThat(mailsTo(to)).hasSize(1);
        settle();
        assertThat(mailsTo(to)).hasSize(1);
    }

    @Test
    void aCrashBeforeTheResultCommitsIsRetriedWithoutASecondEmailAndTheStepSucceeds() {
        String to = address();
        ExecutionStep step = step();
        hooks.crashBeforeCommit(to);
        send(ActionMessages.EMAIL_MAIN_CONTACT, email(step, List.of(to), List.of(), "Bem-vindo, {customer.name}!"));

        JsonPath result = result(step, Duration.ofSeconds(90));
        assertThat(result.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(result.getString("detail")).isEqualTo("sent to " + to);
        settle();
        assertThat(mailsTo(to)).hasSize(1);
    }

    @Test
    void aStepDispatchedTwiceSendsOnceWithTheMessageIdOfTheStepFromTheTenantsSender() throws MessagingException {
        String tenant = "tenant-" + UUID.randomUUID().toString().substring(0, 8);
        var settings = new TenantSettingsChanged(tenant, "America/Sao_Paulo", "BRL", "Equipe CS", "cs@" + tenant + ".test",
                "reply@" + tenant + ".test", 1);
        publish(Topic.CUSTOMERS_EVENTS, CustomerMessages.TENANT_SETTINGS_CHANGED, tenant, TenantSettingsChanged.SUBJECT,
                settings);
        await().atMost(Duration.ofSeconds(60)).until(() -> senders(tenant) == 1);

        String to = address();
        ExecutionStep step = step();
        EmailSend command = email(step, List.of(to), List.of(), "Olá {customer.name}");
        publish(Topic.ACTIONS_COMMANDS, ActionMessages.EMAIL_MAIN_CONTACT, tenant, command.customerId(), command);
        publish(Topic.ACTIONS_COMMANDS, ActionMessages.EMAIL_MAIN_CONTACT, tenant, command.customerId(), command);

        await().atMost(Duration.ofSeconds(60)).until(() -> results(step).size() == 2);
        assertThat(results(step)).allSatisfy(r -> assertThat(r.getString("status")).isEqualTo("SUCCEEDED"));
        settle();
        MimeMessage mail = mailsTo(to).get(0);
        assertThat(mailsTo(to)).hasSize(1);
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Equipe CS <cs@" + tenant + ".test>");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("reply@" + tenant + ".test");
        assertThat(mail.getMessageID()).isEqualTo(new EmailDeliveries.Delivery(step.executionId(), step.step(), to, tenant,
                command.customerId(), tenant + ".test").messageId());
    }

    @Test
    void csmAddressesAreLookedUpInKeycloakAndAnUnknownUserIsNobodyToSendTo() {
        String adminId = users.list(TENANT).await().indefinitely().stream()
                .filter(u -> u.username().equals("acme-admin")).findFirst().orElseThrow().id();
        String globexAdmin = users.list("globex").await().indefinitely().stream()
                .filter(u -> u.username().equals("globex-admin")).findFirst().orElseThrow().id();
        ExecutionStep step = step();
        String subject = "Atenção " + UUID.randomUUID();
        send(ActionMessages.EMAIL_CSM, email(step, List.of(), List.of(adminId, globexAdmin), subject));
        JsonPath result = result(step, Duration.ofSeconds(90));
        assertThat(result.getString("status")).as(result.getString("detail")).isEqualTo("SUCCEEDED");
        assertThat(result.getString("detail")).contains("sent to acme-admin@acme.example.com")
                .contains("user " + globexAdmin + " is not a user of the tenant");
        assertThat(mailsTo("acme-admin@acme.example.com").stream().filter(m -> subject(m).equals(subject))).hasSize(1);
        assertThat(mailsTo("globex-admin@globex.example.com").stream().filter(m -> subject(m).equals(subject))).isEmpty();

        ExecutionStep nobody = step();
        send(ActionMessages.EMAIL_CSM, email(nobody, List.of(), List.of(globexAdmin), "x"));
        assertThat(result(nobody, Duration.ofSeconds(90)).getString("status")).isEqualTo("SKIPPED");
        assertThat(result(nobody, Duration.ofSeconds(90)).getString("detail")).startsWith("nobody to send to: user " + globexAdmin);
    }

    @Test
    void aTemplateThatCannotRenderFailsTheStepAndSendsNothing() {
        String to = address();
        ExecutionStep step = step();
        send(ActionMessages.EMAIL_MAIN_CONTACT, email(step, List.of(to), List.of(), "Olá {contract.endDate}"));
        JsonPath result = result(step, Duration.ofSeconds(90));
        assertThat(result.getString("status")).isEqualTo("FAILED");
        assertThat(result.getString("detail")).startsWith("template cannot be rendered").contains("contract");
        assertThat(mailsTo(to)).isEmpty();
    }

    @Test
    void aCommandParkedOnAnOwnersDeadLetterTopicFailsItsStepWithTheOwnersReason() {
        ExecutionStep step = step();
        UUID customer = UUID.randomUUID();
        var command = new JourneyTaskComplete(step, customer, UUID.randomUUID(), null);
        Map<String, String> headers = new HashMap<>(EventHeaders.origin("/services/actions", JourneyMessages.JOURNEY_TASK_COMPLETE,
                TENANT, customer, Instant.now()).toMap());
        headers.put("dead-letter-reason", "journey.task.complete cannot be applied: no task for customer " + customer);
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            kafka.publish(Topic.JOURNEYS_COMMANDS.deadLetterName(), Topic.key(TENANT, customer), EventJson.write(command),
                    headers);
        }
        JsonPath result = result(step, Duration.ofSeconds(90));
        assertThat(result.getString("status")).isEqualTo("FAILED");
        assertThat(result.getString("detail")).isEqualTo("journey.task.complete failed at journeys: "
                + "journey.task.complete cannot be applied: no task for customer " + customer);
    }

    private static int senders(String tenant) throws java.sql.SQLException {
        var stack = TestPlatform.stack();
        try (var connection = java.sql.DriverManager.getConnection(stack.jdbcUrl("actions"), stack.postgresUser(),
                stack.postgresPassword());
             var query = connection.prepareStatement("select count(*) from actions.tenant_sender where tenant_id = ?")) {
            query.setString(1, tenant);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static EmailSend email(ExecutionStep step, List<String> to, List<String> userIds, String subject) {
        return new EmailSend(step, UUID.randomUUID(), to.stream().map(a -> new Recipient("Ana", a, UUID.randomUUID())).toList(),
                userIds, subject, "Olá {recipient.name},\n\nbem-vinda.",
                Map.of("customer", Map.of("name", "ACME"), "contract", Map.of("mrr", 10)));
    }

    private static void send(MessageType<EmailSend> type, EmailSend command) {
        publish(Topic.ACTIONS_COMMANDS, type, TENANT, command.customerId(), command);
    }

    private static List<JsonPath> results(ExecutionStep step) {
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            return kafka.readAll(Topic.ACTIONS_RESULTS.name()).stream()
                    .filter(m -> m.value().contains(step.executionId().toString()))
                    .map(m -> JsonPath.from(m.value())).toList();
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
