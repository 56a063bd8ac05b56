package io.csplatform.actions.email;

import io.csplatform.events.ActionMessages;
import jakarta.inject.Singleton;

/** {@code email.external}: e-mails the recipients the runtime resolved. */
@Singleton
public class EmailExternalExecutor extends EmailExecutor {

    public EmailExternalExecutor() {
        super(ActionMessages.EMAIL_EXTERNAL);
    }
}
