package io.csplatform.actions.email;

import io.csplatform.events.ActionMessages;
import jakarta.inject.Singleton;

/** {@code email.task-contacts}: e-mails the recipients the runtime resolved. */
@Singleton
public class EmailTaskContactsExecutor extends EmailExecutor {

    public EmailTaskContactsExecutor() {
        super(ActionMessages.EMAIL_TASK_CONTACTS);
    }
}
