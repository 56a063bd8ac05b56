package io.csplatform.actions.command;

import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.csplatform.events.payload.EmailSend;
import io.csplatform.outbox.IdempotentConsumer;
import io.csplatform.rest.Unavailable;
import io.smallrye.common.vertx.VertxContext;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Thin adapter for {@code cs.actions.commands.v1}: each command goes to the executor of its type (one per catalog
 * action) and its transactional part commits once (inbox keyed by ce_id). A failing command is retried with
 * exponential backoff, then parked on {@code cs.actions.commands.v1.dlq} with the reason, which turns its step FAILED.
 *
 * <p>Commands of a poll run side by side ({@link CommandLanes}), so a slow SMTP hand-off holds up neither other
 * e-mails nor a task: e-mail commands are not ordered among themselves (SMTP delivery keeps no order anyway), only the
 * copies of one command (same ce_id) run one after the other, so a redelivered copy finds the first one's delivery
 * claim settled; every other command waits for the earlier non-e-mail commands of its customer (the record key), so a
 * customer's tasks, tags, journeys... apply in topic order. The offset of a record is committed only once it and every
 * record before it on its partition are acknowledged (the connector's {@code throttled} commit strategy): at least once
 * plus the inbox gives exactly-once effects.
 */
@ApplicationScoped
public class ActionCommandsConsumer {

    private static final String CONSUMER = "actions.commands";
    private static final int RETRIES = 4;

    private final IdempotentConsumer idempotent;
    private final Map<String, Executor> executors;
    private final CommandLanes lanes;
    private final Vertx vertx;

    public ActionCommandsConsumer(IdempotentConsumer idempotent, Instance<Executor> executors, Vertx vertx,
                                  @ConfigProperty(name = "actions.commands.max-in-flight", defaultValue = "64")
                                  int maxInFlight) {
        this.idempotent = idempotent;
        this.executors = executors.stream().collect(Collectors.toMap(e -> e.type().name(), Function.identity()));
        this.lanes = new CommandLanes(maxInFlight);
        this.vertx = vertx;
    }

    /**
     * Answers as soon as the command is admitted (the next record may then start); the record is acknowledged when
     * the command is done, or nacked (parked on the DLQ with the reason) once its retries are spent.
     */
    @SuppressWarnings("unchecked")
    @Incoming("action-commands")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public CompletionStage<Void> consume(Message<String> record) {
        // the record's own (duplicated) context, so Hibernate Reactive's session stays its own; its trace (the
        // connector's receive span) is made current there explicitly, since the command may start on another thread
        // (the one that ended the command before it in its lane)
        Context context = VertxContext.getOrCreateDuplicatedContext(vertx);
        VertxContextSafetyToggle.setContextSafe(context, true);
        io.opentelemetry.context.Context trace = TracingMetadata.fromMessage(record)
                .map(TracingMetadata::getCurrentContext).orElse(io.opentelemetry.context.Context.current());
        context.putLocal(io.csplatform.actions.email.SmtpSend.COMMAND_TRACE, trace);
        ConsumerRecord<String, String> kafka = record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> (ConsumerRecord<String, String>) m.getRecord())
                .orElseThrow(() -> new IllegalStateException("not a Kafka record"));
        return lanes.admit().thenAccept(admitted -> {
            String lane;
            IncomingMessage message;
            try {
                message = IncomingMessage.from(kafka);
                lane = lane(message);
            } catch (RuntimeException invalid) {
                lanes.done();
                record.nack(invalid);
                return;
            }
            lanes.inLane(lane, () -> attempt(message, context, trace)
                            // the platform's own outage (database restarting, connection lost) is waited out, however
                            // long: it is not the command's fault, so it must not spend its retries and park it
                            .onFailure(Unavailable::is).retry()
                            .withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10)).indefinitely()
                            .onFailure(f -> !(f instanceof InvalidMessageException)).retry()
                            .withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10)).withJitter(0).atMost(RETRIES)
                            .subscribeAsCompletionStage())
                    .whenComplete((ok, failure) -> {
                        lanes.done();
                        if (failure == null) {
                            record.ack();
                        } else {
                            record.nack(failure instanceof java.util.concurrent.CompletionException c
                                    && c.getCause() != null ? c.getCause() : failure);
                        }
                    });
        });
    }

    /** One attempt, on the record's Vert.x context (Hibernate Reactive needs one; a retry comes back from a timer). */
    @SuppressWarnings("resource") // the scope stays open: it belongs to the record's own duplicated context
    private Uni<Void> attempt(IncomingMessage message, Context context, io.opentelemetry.context.Context trace) {
        return Uni.createFrom().deferred(() -> {
            trace.makeCurrent();
            Executor executor = executors.get(message.headers().type());
            if (executor == null) {
                throw new InvalidMessageException("no executor for action " + message.headers().type());
            }
            return executor.prepare(message).chain(work -> idempotent.apply(CONSUMER, message, work));
        }).runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /**
     * E-mails: one lane per delivery key (execution and step: a redelivered record and a re-dispatched command share
     * it, so a copy finds the first one's claims settled, never "sending"); everything else: one lane per customer.
     */
    @SuppressWarnings("unchecked")
    private String lane(IncomingMessage message) {
        Executor executor = executors.get(message.headers().type());
        if (executor != null && EmailSend.class.equals(executor.type().payloadType())) {
            EmailSend command = message.payload((io.csplatform.events.MessageType<EmailSend>) executor.type());
            return command.source() == null ? "email:" + message.headers().tenantId() + ":" + message.headers().id()
                    : "email:" + command.source().executionId() + ":" + command.source().step();
        }
        return "customer:" + message.key();
    }
}
