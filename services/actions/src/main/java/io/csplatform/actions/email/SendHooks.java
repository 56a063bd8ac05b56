package io.csplatform.actions.email;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test hooks for the two windows of a crash while e-mailing: right after SMTP accepted an e-mail (before it is
 * recorded as sent), and after it is recorded but before the consumer's transaction commits. Each hook fires once for
 * the recipient it names, failing the attempt as if the process had died there; the command is then redelivered. Two
 * more stand for the SMTP server: a slow one (the hand-off to the recipient takes that long) and one refusing the
 * recipient's e-mail a number of times. In production nothing arms them.
 */
@ApplicationScoped
public class SendHooks {

    private final Set<String> afterSmtp = ConcurrentHashMap.newKeySet();
    private final Set<String> beforeCommit = ConcurrentHashMap.newKeySet();
    private final Map<String, Duration> slowSmtp = new ConcurrentHashMap<>();
    private final Map<String, Integer> refusingSmtp = new ConcurrentHashMap<>();

    public void slowSmtp(String recipient, Duration handOff) {
        slowSmtp.put(recipient.toLowerCase(), handOff);
    }

    public void smtpRefuses(String recipient, int times) {
        refusingSmtp.put(recipient.toLowerCase(), times);
    }

    /** Before the e-mail is handed to SMTP: waits as long as a slow server would, or fails as a refusing one. */
    Uni<Void> beforeSmtp(String recipient) {
        Integer refusals = refusingSmtp.computeIfPresent(recipient, (r, n) -> n - 1);
        if (refusals != null) {
            refusingSmtp.remove(recipient, 0);
            return Uni.createFrom().failure(new IllegalStateException("SMTP refused the e-mail to " + recipient
                    + " (test hook)"));
        }
        Duration wait = slowSmtp.remove(recipient);
        if (wait == null) {
            return Uni.createFrom().voidItem();
        }
        Context context = Vertx.currentContext();
        return Uni.createFrom().voidItem().onItem().delayIt().by(wait)
                .emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

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
