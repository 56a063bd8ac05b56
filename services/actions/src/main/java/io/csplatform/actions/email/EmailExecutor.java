package io.csplatform.actions.email;

import io.csplatform.actions.command.Executor;
import io.csplatform.actions.tenant.TenantSenders;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.MessageType;
import io.csplatform.events.payload.ActionResult;
import io.csplatform.events.payload.EmailSend;
import io.csplatform.events.payload.Recipient;
import io.csplatform.outbox.StepResults;
import io.csplatform.security.KeycloakUsers;
import io.csplatform.templates.MessageTemplates;
import io.quarkus.mailer.Mail;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The five e-mail actions: one e-mail per recipient, each at most once. For each recipient the delivery is claimed
 * durably before SMTP sees it and marked sent right after ({@link EmailDeliveries}); a retry or a redelivered command
 * finds the claim and does not send again. The one window left: the service dying after SMTP accepted an e-mail and
 * before the claim is marked sent; the e-mail then went out (or not) and is never re-sent, and the step is FAILED
 * with "delivery uncertain". Recipients that are platform users are looked up in Keycloak now.
 */
public abstract class EmailExecutor implements Executor {

    private final MessageType<EmailSend> type;

    @Inject
    Mutiny.SessionFactory sessions;
    @Inject
    TenantSenders senders;
    @Inject
    KeycloakUsers users;
    @Inject
    EmailDeliveries deliveries;
    @Inject
    SmtpSend mailer;
    @Inject
    StepResults results;
    @Inject
    SendHooks hooks;

    protected EmailExecutor(MessageType<EmailSend> type) {
        this.type = type;
    }

    @Override
    public MessageType<?> type() {
        return type;
    }

    private record Target(String name, String email, UUID contactId, Map<String, Object> variables) {
    }

    private record Outcome(List<String> sent, List<String> uncertain) {
    }

    @Override
    public Uni<Function<Mutiny.Session, Uni<?>>> prepare(IncomingMessage message) {
        EmailSend command = message.payload(type);
        EventHeaders headers = message.headers();
        String tenant = headers.tenantId();
        List<String> notes = new ArrayList<>();
        io.opentelemetry.context.Context trace = SmtpSend.commandTrace();
        return sessions.withSession(session -> senders.of(session, tenant))
                .chain(sender -> targets(tenant, command, notes).chain(targets -> variables(tenant, command)
                        .chain(variables -> {
                            if (targets.isEmpty()) {
                                return report(headers, command, ActionResult.Status.SKIPPED,
                                        "nobody to send to: " + String.join("; ", notes));
                            }
                            Map<Target, Composed> mails = new LinkedHashMap<>();
                            for (Target target : targets) {
                                var subject = MessageTemplates.render(command.subject(), variables(variables, target));
                                var body = MessageTemplates.render(command.body(), variables(variables, target));
                                if (subject.text().isEmpty() || body.text().isEmpty()) {
                                    return report(headers, command, ActionResult.Status.FAILED,
                                            "template cannot be rendered: " + (subject.error() != null ? subject.error()
                                                    : body.error()));
                                }
                                mails.put(target, Composed.of(subject.text().get(), body.text().get()));
                            }
                            return send(headers, command, sender, mails, trace).map(outcome -> result(headers, command,
                                    outcome, notes));
                        })));
    }

    private Uni<Outcome> send(EventHeaders headers, EmailSend command, TenantSenders.Sender sender,
                              Map<Target, Composed> mails, io.opentelemetry.context.Context trace) {
        UUID execution = command.source() != null ? command.source().executionId() : headers.id();
        int step = command.source() != null ? command.source().step() : 0;
        Outcome outcome = new Outcome(new ArrayList<>(), new ArrayList<>());
        return Multi.createFrom().iterable(mails.entrySet()).onItem().transformToUniAndConcatenate(entry -> {
            String address = entry.getKey().email().strip().toLowerCase();
            var delivery = new EmailDeliveries.Delivery(execution, step, address, headers.tenantId(),
                    command.customerId(), sender.domain());
            return deliveries.claim(delivery).chain(claim -> switch (claim) {
                case SENT -> Uni.createFrom().item(outcome.sent().add(address));
                case UNKNOWN -> Uni.createFrom().item(outcome.uncertain().add(address));
                case NEW -> hooks.beforeSmtp(address)
                        .chain(() -> mailer.send(mail(sender, entry.getKey(), entry.getValue(), delivery), trace))
                        .onFailure().call(() -> deliveries.release(delivery))
                        .chain(() -> hooks.afterSmtp(address))
                        .chain(() -> deliveries.sent(delivery))
                        .map(ignored -> outcome.sent().add(address));
            });
        }).collect().last().replaceWith(outcome);
    }

    private static Mail mail(TenantSenders.Sender sender, Target target, Composed composed,
                             EmailDeliveries.Delivery delivery) {
        Mail mail = new Mail().addTo(target.email().strip()).setSubject(composed.subject()).setText(composed.text())
                .setHtml(composed.html()).setFrom(sender.from());
        if (sender.replyTo() != null && !sender.replyTo().isBlank()) {
            mail.setReplyTo(sender.replyTo());
        }
        return mail.addHeader("Message-ID", delivery.messageId());
    }

    private Function<Mutiny.Session, Uni<?>> result(EventHeaders headers, EmailSend command, Outcome outcome,
                                                   List<String> notes) {
        String sent = outcome.sent().isEmpty() ? "" : "sent to " + String.join(", ", outcome.sent());
        String skipped = notes.isEmpty() ? "" : "; not sent: " + String.join("; ", notes);
        return session -> Multi.createFrom().iterable(outcome.sent()).onItem()
                .transformToUniAndConcatenate(hooks::beforeCommit).collect().last()
                .chain(() -> outcome.uncertain().isEmpty()
                        ? results.succeeded(session, headers, command.source(), command.customerId(), sent + skipped)
                        : results.failed(session, headers, command.source(), command.customerId(),
                        "delivery uncertain to " + String.join(", ", outcome.uncertain()) + ": the actions service "
                                + "stopped between handing the e-mail to SMTP and recording it; not sent again "
                                + "(at most once)" + (sent.isEmpty() ? "" : "; " + sent) + skipped));
    }

    private Uni<Function<Mutiny.Session, Uni<?>>> report(EventHeaders headers, EmailSend command,
                                                         ActionResult.Status status, String detail) {
        return Executor.inTransaction(session -> results.report(session, headers, command.source(),
                command.customerId(), status, detail));
    }

    /** The addresses the runtime resolved, then each platform user's, looked up now. */
    private Uni<List<Target>> targets(String tenant, EmailSend command, List<String> notes) {
        List<Target> targets = new ArrayList<>();
        command.to().forEach((Recipient r) -> targets.add(new Target(r.name(), r.email(), r.contactId(), r.variables())));
        return Multi.createFrom().iterable(command.userIds()).onItem()
                .transformToUniAndConcatenate(id -> users.find(tenant, id).invoke(user -> {
                    if (user.isEmpty()) {
                        notes.add("user " + id + " is not a user of the tenant");
                    } else if (user.get().email() == null || user.get().email().isBlank()) {
                        notes.add("user " + user.get().username() + " has no e-mail address");
                    } else if (targets.stream().noneMatch(t -> t.email().equalsIgnoreCase(user.get().email()))) {
                        targets.add(new Target(user.get().displayName(), user.get().email(), null, null));
                    }
                }))
                .collect().last().replaceWith(targets);
    }

    /** The command's variables, with the owner's name and e-mail looked up now. */
    @SuppressWarnings("unchecked")
    private Uni<Map<String, Object>> variables(String tenant, EmailSend command) {
        Map<String, Object> variables = new HashMap<>(command.variables() == null ? Map.of() : command.variables());
        if (!(variables.get("owner") instanceof Map<?, ?> owner) || !(owner.get("userId") instanceof String userId)) {
            return Uni.createFrom().item(variables);
        }
        return users.find(tenant, userId).map(user -> {
            Map<String, Object> enriched = new HashMap<>((Map<String, Object>) owner);
            user.ifPresent(u -> {
                enriched.put("name", u.displayName());
                if (u.email() != null) {
                    enriched.put("email", u.email());
                }
            });
            variables.put("owner", enriched);
            return variables;
        });
    }

    /**
     * Per recipient: {@code recipient}, {@code contact} when the recipient is a contact of the customer, and the
     * recipient's own variables (a personal link...).
     */
    private static Map<String, Object> variables(Map<String, Object> common, Target target) {
        Map<String, Object> variables = new HashMap<>(common);
        Map<String, Object> recipient = new HashMap<>();
        recipient.put("email", target.email());
        if (target.name() != null) {
            recipient.put("name", target.name());
        }
        variables.put("recipient", recipient);
        if (target.contactId() != null) {
            Map<String, Object> contact = new HashMap<>(recipient);
            contact.put("id", target.contactId().toString());
            variables.put("contact", contact);
        }
        if (target.variables() != null) {
            variables.putAll(target.variables());
        }
        return variables;
    }
}
