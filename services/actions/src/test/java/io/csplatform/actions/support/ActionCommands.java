package io.csplatform.actions.support;

import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.MessageType;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
import io.restassured.path.json.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the actions service's tests share: commands published as the runtime would, their results, the mails sent. */
public final class ActionCommands {

    private ActionCommands() {
    }

    /** Publishes {@code payload} on {@code topic} as the playbook runtime would, keyed by tenant and customer. */
    public static <T> void publish(Topic topic, MessageType<T> type, String tenant, UUID customer, T payload) {
        var headers = EventHeaders.origin("/services/playbook-runtime", type, tenant, customer, Instant.now());
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            kafka.publish(topic.name(), Topic.key(tenant, customer), EventJson.write(payload), headers.toMap());
        }
    }

    /** The first result of the step on {@code cs.actions.results.v1}. */
    public static JsonPath result(ExecutionStep step, Duration timeout) {
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            return JsonPath.from(kafka.await(Topic.ACTIONS_RESULTS.name(),
                    m -> m.value().contains(step.executionId().toString()), timeout).value());
        }
    }

    public static ExecutionStep step() {
        return new ExecutionStep(UUID.randomUUID(), 0, UUID.randomUUID(), 1);
    }

    /** A recipient address no other test uses. */
    public static String address() {
        return "ana." + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
    }

    /** Leaves time for a wrong second e-mail to arrive, so "exactly one" is not just "one so far". */
    public static void settle() {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The mails the SMTP server received for this address (first To recipient, ignoring case). */
    public static List<MimeMessage> mailsTo(String email) {
        return TestPlatform.stack().receivedMails().stream().filter(mail -> to(mail).equalsIgnoreCase(email)).toList();
    }

    /** The mail's first To recipient, lower case ("" when it has none). */
    public static String to(MimeMessage mail) {
        try {
            var to = mail.getRecipients(Message.RecipientType.TO);
            return to == null ? "" : to[0].toString().toLowerCase();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
