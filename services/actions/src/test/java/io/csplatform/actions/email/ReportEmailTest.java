package io.csplatform.actions.email;

import io.csplatform.events.ActionMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.EventJson;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ReportEmail;
import io.csplatform.events.payload.TenantSettingsChanged;
import io.csplatform.testing.DevStackResource;
import io.csplatform.testing.KafkaProbe;
import io.csplatform.testing.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * report.email on real Kafka, PostgreSQL, relay, Keycloak and SMTP: the users of a role get the report with its CSV
 * attached, from the key a Message-ID, and the same key sent again (a new command) sends nothing more.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackResource.class, initArgs = @ResourceArg(name = "schema", value = "actions"))
class ReportEmailTest {

    private static final String LEADER = "acme-leader@acme.example.com";

    @Test
    void theUsersOfTheRoleGetTheReportWithItsAttachmentOncePerKey() throws Exception {
        String subject = "Clientes em risco " + UUID.randomUUID();
        ReportEmail report = new ReportEmail("risk-report:" + subject, List.of("cs-leader"), List.of(), subject,
                "2 clientes em risco", "<p>2 clientes em risco</p>",
                new ReportEmail.Attachment("clientes.csv", "text/csv", "customerId,mrr\r\nabc,10\r\n"));
        send(report);

        MimeMessage mail = await().atMost(Duration.ofSeconds(60)).until(() -> mails(subject), found -> found.size() == 1)
                .get(0);
        assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(LEADER);
        assertThat(mail.getMessageID()).startsWith("<" + ReportEmailExecutor.execution("acme", report.key()) + ".0.");
        Multipart parts = (Multipart) mail.getContent();
        String csv = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if ("clientes.csv".equals(parts.getBodyPart(i).getFileName())) {
                try (InputStream in = parts.getBodyPart(i).getInputStream()) {
                    csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(csv).isEqualTo("customerId,mrr\r\nabc,10\r\n");
        assertThat(mails(subject)).noneMatch(m -> to(m).startsWith("acme-csm"));

        send(report);
        String marker = "Marker " + UUID.randomUUID();
        send(new ReportEmail("marker:" + marker, List.of("cs-leader"), List.of(), marker, "x", null, null));
        await().atMost(Duration.ofSeconds(60)).until(() -> mails(marker).size() == 1);
        assertThat(mails(subject)).as("the same key is not sent twice").hasSize(1);
    }

    private static void send(ReportEmail report) {
        var headers = EventHeaders.origin("/services/health-score", ActionMessages.REPORT_EMAIL, "acme",
                TenantSettingsChanged.SUBJECT, Instant.now());
        try (KafkaProbe kafka = KafkaProbe.of(TestPlatform.stack())) {
            kafka.publish(Topic.ACTIONS_COMMANDS.name(), Topic.key("acme", TenantSettingsChanged.SUBJECT),
                    EventJson.write(report), headers.toMap());
        }
    }

    private static List<MimeMessage> mails(String subject) {
        return TestPlatform.stack().receivedMails().stream().filter(mail -> {
            try {
                return subject.equals(mail.getSubject());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String to(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
