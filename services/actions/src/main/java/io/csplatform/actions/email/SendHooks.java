package io.csplatform.actions.email;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test hooks for the two windows of a crash while e-mailing: right after SMTP accepted an e-mail (before it is
 * recorded as sent), and after it is recorded but before the consumer's transaction commits. Each hook fires once for
 * the recipient it names, failing the attempt as if the process had died there; the command is then redelivered. In
 * production nothing arms them.
 */
@ApplicationScoped
public class SendHooks {

    private final Set<String> afterSmtp = ConcurrentHashMap.newKeySet();
    private final Set<String> beforeCommit = ConcurrentHashMap.newKeySet();

    public void crashAfterSmtp(String recipient) {
        afterSmtp.add(recipient.toLowerCase());
    }

    public void crashBeforeCommit(String recipient) {
        beforeCommit.add(recipient.toLowerCase());
    }

    Uni<Void> afterSmtp(String recipient) {
        return afterSmtp.remove(recipient) ? crash("after SMTP accepted the e-mail to " + recipient)
                : Uni.createFrom().voidItem();
    }

    Uni<Void> beforeCommit(String recipient) {
        return beforeCommit.remove(recipient) ? crash("before the step's result was committed for " + recipient)
                : Uni.createFrom().voidItem();
    }

    private static Uni<Void> crash(String where) {
        return Uni.createFrom().failure(new IllegalStateException("simulated crash " + where));
    }
}
