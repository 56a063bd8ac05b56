package io.csplatform.actions.email;

import io.csplatform.actions.command.Executor;
import io.csplatform.actions.tenant.TenantSenders;
import io.csplatform.events.ActionMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.MessageType;
import io.csplatform.events.payload.ReportEmail;
import io.csplatform.security.KeycloakUsers;
import io.quarkus.mailer.Mail;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * {@code report.email}: a tenant-level report (the weekly at-risk report...) to the tenant's users holding one of the
 * command's roles and to its named users, looked up in Keycloak now; sent as given, with its attachment. At most once
 * per (key, recipient) through the same durable claims as the other e-mails ({@link EmailDeliveries}): the delivery's
 * execution id derives from the tenant and the key, so its Message-ID does too. No playbook step: nothing to report.
 */
@Singleton
public class ReportEmailExecutor implements Executor {

    private static final Logger LOG = Logger.getLogger(ReportEmailExecutor.class);

    private final Mutiny.SessionFactory sessions;
    private final TenantSenders senders;
    private final KeycloakUsers users;
    private final EmailDeliveries deliveries;
    private final SmtpSend mailer;

    public ReportEmailExecutor(Mutiny.SessionFactory sessions, TenantSenders senders, KeycloakUsers users,
                               EmailDeliveries deliveries, SmtpSend mailer) {
        this.sessions = sessions;
        this.senders = senders;
        this.users = users;
        this.deliveries = deliveries;
        this.mailer = mailer;
    }

    @Override
    public MessageType<?> type() {
        return ActionMessages.REPORT_EMAIL;
    }

    /** The delivery key of a report: one per tenant and key. */
    static UUID execution(String tenantId, String key) {
        return UUID.nameUUIDFromBytes(("report.email:" + tenantId + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Uni<Function<Mutiny.Session, Uni<?>>> prepare(IncomingMessage message) {
        ReportEmail command = message.payload(ActionMessages.REPORT_EMAIL);
        EventHeaders headers = message.headers();
        String tenant = headers.tenantId();
        io.opentelemetry.context.Context trace = SmtpSend.commandTrace();
        return recipients(tenant, command).chain(recipients -> {
            if (recipients.isEmpty()) {
                LOG.warnf("report %s of tenant %s: nobody to send to (roles %s, users %s)", command.key(), tenant,
                        command.roles(), command.userIds());
                return Executor.inTransaction(session -> Uni.createFrom().voidItem());
            }
            return sessions.withSession(session -> senders.of(session, tenant))
                    .chain(sender -> send(tenant, command, sender, recipients, trace))
                    .map(sent -> session -> Uni.createFrom().voidItem());
        });
    }

    private Uni<List<String>> send(String tenant, ReportEmail command, TenantSenders.Sender sender,
                                   Map<String, String> recipients, io.opentelemetry.context.Context trace) {
        UUID execution = execution(tenant, command.key());
        List<String> sent = new ArrayList<>();
        return Multi.createFrom().iterable(recipients.keySet()).onItem().transformToUniAndConcatenate(address -> {
            var delivery = new EmailDeliveries.Delivery(execution, 0, address, tenant, null, sender.domain());
            return deliveries.claim(delivery).chain(claim -> switch (claim) {
                case SENT -> Uni.createFrom().item(sent.add(address));
                case UNKNOWN -> {
                    LOG.warnf("report %s to %s: delivery uncertain (stopped between SMTP and its record); not re-sent",
                            command.key(), address);
                    yield Uni.createFrom().item(false);
                }
                case NEW -> mailer.send(mail(sender, address, command, delivery), trace)
                        .onFailure().call(() -> deliveries.release(delivery))
                        .chain(() -> deliveries.sent(delivery))
                        .map(ignored -> sent.add(address));
            });
        }).collect().last().replaceWith(sent);
    }

    private static Mail mail(TenantSenders.Sender sender, String address, ReportEmail command,
                             EmailDeliveries.Delivery delivery) {
        Mail mail = new Mail().addTo(address).setSubject(command.subject().replaceAll("\\R", " ").strip())
                .setText(command.text()).setFrom(sender.from());
        if (command.html() != null && !command.html().isBlank()) {
            mail.setHtml(command.html());
        }
        if (sender.replyTo() != null && !sender.replyTo().isBlank()) {
            mail.setReplyTo(sender.replyTo());
        }
        ReportEmail.Attachment file = command.attachment();
        if (file != null) {
            mail.addAttachment(file.filename(), file.content().getBytes(StandardCharsets.UTF_8), file.contentType());
        }
        return mail.addHeader("Message-ID", delivery.messageId());
    }

    /** Address → display name: users of the roles, then the named users; users without an address are skipped. */
    private Uni<Map<String, String>> recipients(String tenant, ReportEmail command) {
        Map<String, String> recipients = new LinkedHashMap<>();
        Uni<Void> byRole = Multi.createFrom().iterable(command.roles() == null ? List.<String>of() : command.roles())
                .onItem().transformToUniAndConcatenate(role -> users.withRole(tenant, role)
                        .invoke(holders -> holders.forEach(u -> add(recipients, u))))
                .collect().last().replaceWithVoid();
        Uni<Void> named = Multi.createFrom().iterable(command.userIds() == null ? List.<String>of() : command.userIds())
                .onItem().transformToUniAndConcatenate(id -> users.find(tenant, id)
                        .invoke(user -> user.ifPresent(u -> add(recipients, u))))
                .collect().last().replaceWithVoid();
        return byRole.chain(() -> named).replaceWith(recipients);
    }

    private static void add(Map<String, String> recipients, KeycloakUsers.User user) {
        if (user.email() != null && !user.email().isBlank()) {
            recipients.putIfAbsent(user.email().strip().toLowerCase(), user.displayName());
        }
    }
}
