package io.csplatform.actions.email;

import io.csplatform.events.ActionMessages;
import jakarta.inject.Singleton;

/** {@code email.main-contact}: e-mails the recipients the runtime resolved. */
@Singleton
public class EmailMainContactExecutor extends EmailExecutor {

    public EmailMainContactExecutor() {
        super(ActionMessages.EMAIL_MAIN_CONTACT);
    }
}
