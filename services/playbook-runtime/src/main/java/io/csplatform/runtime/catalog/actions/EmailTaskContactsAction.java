package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.ActionMessages;
import io.csplatform.events.MessageType;
import io.csplatform.events.payload.EmailSend;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.Recipient;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code email.task-contacts}: e-mail the additional contacts of a journey or board task ({@code task}, else the
 * triggering task). A contact written as an address is used as is; a name is looked up among the customer's active
 * contacts.
 */
@Singleton
public class EmailTaskContactsAction extends EmailAction {

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public EmailTaskContactsAction() {
        super("\"task\": " + Tasks.REF, "", "");
    }

    @Override
    public String id() {
        return "email.task-contacts";
    }

    @Override
    public Labels labels() {
        return new Labels("Send e-mail to a task's additional contacts", "Enviar e-mail para contatos adicionais");
    }

    @Override
    protected MessageType<EmailSend> type() {
        return ActionMessages.EMAIL_TASK_CONTACTS;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, Context context) {
        var task = Tasks.of(params, context);
        if (task.isEmpty()) {
            return Plan.skip(Tasks.missing(params));
        }
        List<Recipient> to = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String contact : task.get().contacts()) {
            if (ADDRESS.matcher(contact.strip()).matches()) {
                to.add(new Recipient(null, contact.strip(), null));
                continue;
            }
            context.facts().activeContacts().stream()
                    .filter(c -> c.name() != null && c.name().strip().equalsIgnoreCase(contact.strip()))
                    .filter(EmailAction::reachable).findFirst()
                    .ifPresentOrElse(c -> to.add(recipient(c)), () -> unknown.add(contact));
        }
        if (to.isEmpty()) {
            return Plan.skip(task.get().contacts().isEmpty() ? "task \"" + task.get().title() + "\" has no additional contacts"
                    : "no additional contact of task \"" + task.get().title() + "\" has an e-mail address: " + unknown);
        }
        return send(params, step, context, to, List.of(), Optional.of(task.get()));
    }
}
