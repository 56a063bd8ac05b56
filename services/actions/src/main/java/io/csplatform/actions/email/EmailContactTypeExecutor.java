package io.csplatform.actions.email;

import io.csplatform.events.ActionMessages;
import jakarta.inject.Singleton;

/** {@code email.contact-type}: e-mails the recipients the runtime resolved. */
@Singleton
public class EmailContactTypeExecutor extends EmailExecutor {

    public EmailContactTypeExecutor() {
        super(ActionMessages.EMAIL_CONTACT_TYPE);
    }
}
