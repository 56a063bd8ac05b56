package io.csplatform.actions.email;

import io.csplatform.events.ActionMessages;
import jakarta.inject.Singleton;

/** {@code email.csm}: e-mails the recipients the runtime resolved and the CSMs it named, looked up now. */
@Singleton
public class EmailCsmExecutor extends EmailExecutor {

    public EmailCsmExecutor() {
        super(ActionMessages.EMAIL_CSM);
    }
}
