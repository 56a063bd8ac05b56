package io.csplatform.events;

import io.csplatform.events.MessageType.Kind;
import io.csplatform.events.payload.ActionResult;
import io.csplatform.events.payload.EmailSend;
import io.csplatform.events.payload.NotifyUsers;
import io.csplatform.events.payload.ReportEmail;

import java.util.List;

/** Action commands from the runtime ({@code cs.actions.commands.v1}) and their results ({@code cs.actions.results.v1}). */
public final class ActionMessages {

    public static final MessageType<ActionResult> ACTION_RESULT =
            new MessageType<>("action.result", ActionResult.class, Kind.EVENT);
    public static final MessageType<EmailSend> EMAIL_MAIN_CONTACT = email("email.main-contact");
    public static final MessageType<EmailSend> EMAIL_EXTERNAL = email("email.external");
    public static final MessageType<EmailSend> EMAIL_CONTACT_TYPE = email("email.contact-type");
    public static final MessageType<EmailSend> EMAIL_TASK_CONTACTS = email("email.task-contacts");
    public static final MessageType<EmailSend> EMAIL_CSM = email("email.csm");
    /** The e-mail commands: one payload, one executor each. */
    public static final List<MessageType<EmailSend>> EMAILS =
            List.of(EMAIL_MAIN_CONTACT, EMAIL_EXTERNAL, EMAIL_CONTACT_TYPE, EMAIL_TASK_CONTACTS, EMAIL_CSM);
    public static final MessageType<NotifyUsers> NOTIFY_CSM =
            new MessageType<>("notify.csm", NotifyUsers.class, Kind.COMMAND);
    /** A tenant-level report e-mailed to users of roles / named users (the weekly at-risk report); no playbook step. */
    public static final MessageType<ReportEmail> REPORT_EMAIL =
            new MessageType<>("report.email", ReportEmail.class, Kind.COMMAND);
    public static final List<MessageType<?>> ALL = List.of(ACTION_RESULT, EMAIL_MAIN_CONTACT, EMAIL_EXTERNAL,
            EMAIL_CONTACT_TYPE, EMAIL_TASK_CONTACTS, EMAIL_CSM, NOTIFY_CSM, REPORT_EMAIL);

    private static MessageType<EmailSend> email(String name) {
        return new MessageType<>(name, EmailSend.class, Kind.COMMAND);
    }

    private ActionMessages() {
    }
}
