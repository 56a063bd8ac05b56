package io.csplatform.actions.command;

import io.csplatform.events.IncomingMessage;
import io.csplatform.events.MessageType;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.function.Function;

/** Carries out one kind of action command (one per catalog action id). */
public interface Executor {

    MessageType<?> type();

    /**
     * Does what cannot be part of a database transaction (handing an e-mail to SMTP, guarded by its own durable
     * record), then answers the work for the consumer's inbox transaction: the step's result, a forwarded command...
     */
    Uni<Function<Mutiny.Session, Uni<?>>> prepare(IncomingMessage message);

    /** Work that needs no step before the transaction. */
    static Uni<Function<Mutiny.Session, Uni<?>>> inTransaction(Function<Mutiny.Session, Uni<?>> work) {
        return Uni.createFrom().item(work);
    }
}
