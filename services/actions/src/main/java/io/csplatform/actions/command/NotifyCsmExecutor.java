package io.csplatform.actions.command;

import io.csplatform.actions.notification.NewNotification;
import io.csplatform.actions.notification.NotificationService;
import io.csplatform.events.ActionMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.IncomingMessage;
import io.csplatform.events.MessageType;
import io.csplatform.events.payload.NotifyUsers;
import io.csplatform.outbox.StepResults;
import io.csplatform.security.KeycloakUsers;
import io.csplatform.templates.MessageTemplates;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code notify.csm}: an in-app notification for each named user of the tenant and each of its users holding a named
 * role, looked up in Keycloak now; one per (step, user) even when the command is redelivered.
 */
@Singleton
public class NotifyCsmExecutor implements Executor {

    private final KeycloakUsers users;
    private final NotificationService notifications;
    private final StepResults results;

    public NotifyCsmExecutor(KeycloakUsers users, NotificationService notifications, StepResults results) {
        this.users = users;
        this.notifications = notifications;
        this.results = results;
    }

    @Override
    public MessageType<?> type() {
        return ActionMessages.NOTIFY_CSM;
    }

    @Override
    public Uni<Function<Mutiny.Session, Uni<?>>> prepare(IncomingMessage message) {
        NotifyUsers command = message.payload(ActionMessages.NOTIFY_CSM);
        EventHeaders headers = message.headers();
        String tenant = headers.tenantId();
        Map<String, String> recipients = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Uni<Void> named = Multi.createFrom().iterable(command.userIds()).onItem()
                .transformToUniAndConcatenate(id -> users.find(tenant, id).invoke(user -> user.ifPresentOrElse(
                        u -> recipients.put(u.id(), u.displayName()),
                        () -> notes.add("user " + id + " is not a user of the tenant"))))
                .collect().last().replaceWithVoid();
        Uni<Void> byRole = Multi.createFrom().iterable(command.roles() == null ? List.<String>of() : command.roles())
                .onItem().transformToUniAndConcatenate(role -> users.withRole(tenant, role)
                        .invoke(holders -> holders.forEach(u -> recipients.put(u.id(), u.displayName()))))
                .collect().last().replaceWithVoid();
        return named.chain(() -> byRole).map(ignored -> work(headers, command, recipients, notes));
    }

    private Function<Mutiny.Session, Uni<?>> work(EventHeaders headers, NotifyUsers command,
                                                 Map<String, String> recipients, List<String> notes) {
        String tenant = headers.tenantId();
        Map<String, Object> variables = command.variables() == null ? Map.of() : command.variables();
        var title = MessageTemplates.render(command.title(), variables);
        var body = command.body() == null ? null : MessageTemplates.render(command.body(), variables);
        if (title.text().isEmpty() || (body != null && body.text().isEmpty())) {
            String error = title.error() != null ? title.error() : body.error();
            return session -> results.failed(session, headers, command.source(), command.customerId(),
                    "template cannot be rendered: " + error);
        }
        if (recipients.isEmpty()) {
            return session -> results.skipped(session, headers, command.source(), command.customerId(),
                    "nobody to notify" + (notes.isEmpty() ? "" : ": " + String.join("; ", notes)));
        }
        var notification = new NewNotification(title.text().get(),
                body == null ? null : body.text().get(), command.customerId(), command.link(),
                command.source() == null ? NewNotification.SYSTEM : NewNotification.PLAYBOOK,
                command.source() == null ? headers.id() : command.source().executionId(),
                command.source() == null ? 0 : command.source().step());
        return session -> notifications.notify(session, tenant, recipients.keySet(), notification)
                .chain(created -> results.succeeded(session, headers, command.source(), command.customerId(),
                        "notified " + String.join(", ", recipients.values())
                                + (notes.isEmpty() ? "" : "; not notified: " + String.join("; ", notes))));
    }
}
