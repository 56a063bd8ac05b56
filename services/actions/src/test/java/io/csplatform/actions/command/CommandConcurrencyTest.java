package io.csplatform.actions.command;

import io.csplatform.actions.email.SendHooks;
import io.csplatform.events.ActionMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.MessageType;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.EmailSend;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.JourneyTaskCreate;
import io.csplatform.events.payload.Recipient;
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
import static io.csplatform.actions.support.ActionCommands.to;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Commands of a poll run side by side (issue #17), on real Kafka, PostgreSQL, relay and SMTP, without giving up the
 * guarantees: redelivered and re-dispatched e-mail commands in one poll still leave exactly one e-mail per (step,
 * recipient) and a SUCCEEDED step; a task command and other e-mails do not wait for a slow SMTP hand-off; an e-mail
 * SMTP refuses is retried (one e-mail, SUCCEEDED) and, when it keeps refusing, parked with the reason (FAILED).
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "actions"))
class CommandConcurrencyTest {

    private static final String TENANT = "acme";

    @Inject
    SendHooks hooks;

    @Test
    void redeliveredAndRedispatchedEmailsInOnePollSendExactlyOneEmailPerRecipientAndEveryStepSucceeds() {
        List<ExecutionStep> steps = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            UUID customer = UUID.randomUUID();
            for (int i = 0; i < 8; i++) {
                ExecutionStep step = step();
                String to = address();
                steps.add(step);
                addresses.add(to);
                EmailSend command = email(step, customer, to);
                Map<String, String> first = headers(ActionMessages.EMAIL_MAIN_CONTACT, customer);
                String value = EventJson.write(command);
                String key = Topic.key(TENANT, customer);
                // the record, the same record again (offsets not committed: consumed again), the step re-dispatched
                kafka.publish(Topic.ACTIONS_COMMANDS.name(), key, value, first);
                kafka.publish(Topic.ACTIONS_COMMANDS.name(), key, value, first);
                kafka.publish(Topic.ACTIONS_COMMANDS.name(), key, value,
                        headers(ActionMessages.EMAIL_MAIN_CONTACT, customer));
            }
            for (ExecutionStep step : steps) {
                List<KafkaMessage> results = kafka.awaitAll(Topic.ACTIONS_RESULTS.name(),
                        m -> m.value().contains(step.executionId().toString()), 2, Duration.ofSeconds(90));
                assertThat(results).as("one result per distinct command (the inbox drops the redelivered record)")
                        .hasSize(2).allSatisfy(r -> assertThat(JsonPath.from(r.value()).getString("status"))
                                .as(r.value()).isEqualTo("SUCCEEDED"));
            }
        }
        settle();
        for (String to : addresses) {
            assertThat(mailsTo(to)).as(to).hasSize(1);
        }
        assertThat(TestPlatform.stack().receivedMails().stream().filter(m -> addresses.contains(to(m)))).hasSize(8);
    }

    @Test
    void aTaskAndAnotherEmailOfTheCustomerDoNotWaitForASlowSmtpHandOff() {
        UUID customer = UUID.randomUUID();
        String slow = address();
        String quick = address();
        hooks.slowSmtp(slow, Duration.ofSeconds(20));
        ExecutionStep slowStep = step();
        ExecutionStep quickStep = step();
        ExecutionStep taskStep = step();
        Instant start = Instant.now();
        publish(Topic.ACTIONS_COMMANDS, ActionMessages.EMAIL_MAIN_CONTACT, TENANT, customer, email(slowStep, customer, slow));
        publish(Topic.ACTIONS_COMMANDS, JourneyMessages.JOURNEY_TASK_CREATE, TENANT, customer, new JourneyTaskCreate(taskStep, customer, "Kickoff", 3,
                false, LocalDate.now(), null));
        publish(Topic.ACTIONS_COMMANDS, ActionMessages.EMAIL_MAIN_CONTACT, TENANT, customer, email(quickStep, customer, quick));

        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            kafka.await(Topic.JOURNEYS_COMMANDS.name(), m -> m.value().contains(taskStep.executionId().toString()),
                    Duration.ofSeconds(15));
            JsonPath quickResult = JsonPath.from(kafka.await(Topic.ACTIONS_RESULTS.name(),
                    m -> m.value().contains(quickStep.executionId().toString()), Duration.ofSeconds(15)).value());
            assertThat(quickResult.getString("status")).isEqualTo("SUCCEEDED");
            assertThat(mailsTo(quick)).hasSize(1);
            assertThat(Duration.between(start, Instant.now())).as("the task and the other e-mail went first")
                    .isLessThan(Duration.ofSeconds(15));
            assertThat(mailsTo(slow)).as("the slow e-mail is still being handed over").isEmpty();

            JsonPath slowResult = JsonPath.from(kafka.await(Topic.ACTIONS_RESULTS.name(),
                    m -> m.value().contains(slowStep.executionId().toString()), Duration.ofSeconds(60)).value());
            assertThat(slowResult.getString("status")).isEqualTo("SUCCEEDED");
            assertThat(mailsTo(slow)).hasSize(1);
        }
    }

    @Test
    void anEmailSmtpRefusesIsRetriedAndSentOnce() {
        UUID customer = UUID.randomUUID();
        String to = address();
        hooks.smtpRefuses(to, 2);
        ExecutionStep step = step();
        publish(Topic.ACTIONS_COMMANDS, ActionMessages.EMAIL_MAIN_CONTACT, TENANT, customer, email(step, customer, to));
        JsonPath result = result(step, Duration.ofSeconds(60));
        assertThat(result.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(result.getString("detail")).isEqualTo("sent to " + to);
        settle();
        assertThat(mailsTo(to)).hasSize(1);
    }

    @Test
    void anEmailSmtpKeepsRefusingIsParkedAndItsStepFailsWithTheReason() {
        UUID customer = UUID.randomUUID();
        String to = address();
        hooks.smtpRefuses(to, 100);
        ExecutionStep step = step();
        publish(Topic.ACTIONS_COMMANDS, ActionMessages.EMAIL_MAIN_CONTACT, TENANT, customer, email(step, customer, to));
        JsonPath result = result(step, Duration.ofSeconds(90));
        assertThat(result.getString("status")).isEqualTo("FAILED");
        assertThat(result.getString("detail")).isEqualTo("email.main-contact failed at actions: SMTP refused the "
                + "e-mail to " + to + " (test hook)");
        assertThat(mailsTo(to)).isEmpty();
        hooks.smtpRefuses(to, 0);
    }

    private static Map<String, String> headers(MessageType<?> type, UUID customer) {
        return EventHeaders.origin("/services/playbook-runtime", type, TENANT, customer, Instant.now()).toMap();
    }

    private static EmailSend email(ExecutionStep step, UUID customer, String to) {
        return new EmailSend(step, customer, List.of(new Recipient("Ana", to, UUID.randomUUID())), List.of(),
                "Bem-vindo, {customer.name}!", "Olá {recipient.name},\n\nbem-vinda.",
                Map.of("customer", Map.of("name", "ACME")));
    }
}
