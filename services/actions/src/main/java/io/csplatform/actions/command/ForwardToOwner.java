package io.csplatform.actions.command;

import io.csplatform.events.IncomingMessage;
import io.csplatform.events.MessageType;
import io.csplatform.events.Topic;
import io.csplatform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.UUID;
import java.util.function.Function;

/**
 * A change another service owns: the command goes to that service's command topic, caused by the runtime's command,
 * and nothing is reported here. The owner reports the step (SUCCEEDED in the effect's transaction); a command it
 * cannot apply lands on its DLQ, which {@code DeadLetterConsumer} turns into a FAILED step with the owner's reason.
 */
public abstract class ForwardToOwner<T> implements Executor {

    private final MessageType<T> type;
    private final Topic owner;
    private Outbox outbox;

    protected ForwardToOwner(MessageType<T> type, Topic owner) {
        this.type = type;
        this.owner = owner;
    }

    @jakarta.inject.Inject
    void outbox(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public MessageType<?> type() {
        return type;
    }

    /** The customer the command is about (the record key of the forwarded command). */
    protected abstract UUID customerId(T command);

    @Override
    public Uni<Function<Mutiny.Session, Uni<?>>> prepare(IncomingMessage message) {
        T command = message.payload(type);
        return Executor.inTransaction(session -> outbox.publishCausedBy(session, message.headers(), owner, type,
                customerId(command), command));
    }
}
