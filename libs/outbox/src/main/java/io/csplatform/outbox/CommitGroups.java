package io.csplatform.outbox;

import io.csplatform.events.IncomingMessage;
import io.csplatform.events.InvalidMessageException;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Group commit for an idempotent Kafka consumer whose messages are each a small transaction (ERP ingest): one
 * transaction per message makes the commit, not the work, the cost of a message.
 * <p>
 * Messages queue per lane (their record key picks it: a customer's messages share one, so they apply in arrival
 * order), and a lane applies everything that queued while its previous group committed as one transaction, each
 * message still recorded once in the inbox (a redelivered copy changes nothing). A group writes its inbox rows in one
 * statement and its outbox rows together at its end ({@link Outbox#batched}), and its {@link Scope} may read and lock
 * up front what its messages need, so a message costs few statements of its own. When a group fails, its messages
 * are applied again one by one, each in its own transaction with the consumer's retries, so a bad message is
 * parked alone, with its reason, while the others still apply, in their order. A record is acknowledged only once
 * its effect committed, so nothing is lost; at most {@code maxPending} messages wait, which holds the Kafka
 * consumer back. The channel must use {@code @Acknowledgment(MANUAL)} and the {@code throttled} commit strategy.
 */
public final class CommitGroups {

    private static final Logger LOG = Logger.getLogger(CommitGroups.class);
    /** The largest group: its inbox statement binds two parameters a message. */
    public static final int MAX_GROUP = 10_000;
    /** The result of a message found in the inbox (applied before): nothing to do. */
    private static final Object NOT_APPLIED = new Object();

    /**
     * How messages are grouped: {@code lanes} groups commit side by side, each of at most {@code maxGroup}
     * messages; a message applied alone is retried {@code retries} times, {@code retryDelay} apart, unless its
     * failure is an {@link InvalidMessageException}.
     */
    public record Policy(int lanes, int maxGroup, int maxPending, int retries, Duration retryDelay) {
        public Policy {
            if (lanes < 1 || maxGroup < 1 || maxPending < 1 || retries < 0) {
                throw new IllegalArgumentException("lanes, maxGroup and maxPending must be positive, retries not negative");
            }
            if (maxGroup > MAX_GROUP) {
                // a group's inbox rows and customers each go in one statement, whose parameters PostgreSQL caps at 65,535
                throw new IllegalArgumentException("maxGroup must be at most " + MAX_GROUP + ", not " + maxGroup);
            }
        }
    }

    /** What became of a message: its work's result once committed, or the failure it was parked with. */
    public interface Settled<T> extends BiConsumer<T, Throwable> {
    }

    private record Item<T>(Message<?> record, String key, IncomingMessage message, Function<Mutiny.Session, Uni<T>> work,
                           Settled<T> settled) {
    }

    /** A message of a group, as a {@link Scope} sees it: its record key and the message. */
    public record Member(String key, IncomingMessage message) {
    }

    /**
     * What a group's transaction does around its messages' work, knowing them all beforehand: e.g. read and lock in
     * one statement what each message would otherwise read and lock one by one. A message applied alone (a failed
     * group's, a group of one) runs without it, so the work must not depend on it for its result.
     */
    public interface Scope {
        <T> Uni<T> around(Mutiny.Session session, List<Member> group, Supplier<Uni<T>> work);
    }

    private final String consumer;
    private final Mutiny.SessionFactory sessions;
    private final IdempotentConsumer idempotent;
    private final Outbox outbox;
    private final Scope scope;
    private final Vertx vertx;
    private final Policy policy;
    private final List<Lane> lanes = new ArrayList<>();
    private final Admission admission;

    public CommitGroups(String consumer, Mutiny.SessionFactory sessions, IdempotentConsumer idempotent, Outbox outbox,
                        Scope scope, Vertx vertx, Policy policy) {
        this.consumer = consumer;
        this.sessions = sessions;
        this.idempotent = idempotent;
        this.outbox = outbox;
        this.scope = scope;
        this.vertx = vertx;
        this.policy = policy;
        this.admission = new Admission(policy.maxPending());
        for (int i = 0; i < policy.lanes(); i++) {
            lanes.add(new Lane());
        }
    }

    /**
     * Queues {@code message} (from {@code record}) on the lane of {@code key}; answers once it is admitted. The
     * record is acked when {@code work} committed, or nacked with the failure it was parked with; {@code settled}
     * hears either, once.
     */
    public <T> CompletionStage<Void> submit(Message<?> record, String key, IncomingMessage message,
                                            Function<Mutiny.Session, Uni<T>> work, Settled<T> settled) {
        Lane lane = lanes.get(Math.floorMod(key == null ? 0 : key.hashCode(), lanes.size()));
        return admission.admit().thenRun(() -> lane.add(new Item<>(record, key, message, work, settled)));
    }

    /** Messages admitted and not yet settled (for tests and metrics). */
    public int pending() {
        return admission.admitted();
    }

    /** One lane: a queue and at most one group at work. */
    private final class Lane {

        private final ArrayDeque<Item<?>> queue = new ArrayDeque<>();
        private boolean running;

        void add(Item<?> item) {
            synchronized (this) {
                queue.add(item);
                if (running) {
                    return;
                }
                running = true;
            }
            next();
        }

        private void next() {
            List<Item<?>> group = new ArrayList<>();
            synchronized (this) {
                while (group.size() < policy.maxGroup() && !queue.isEmpty()) {
                    group.add(queue.poll());
                }
                if (group.isEmpty()) {
                    running = false;
                    return;
                }
            }
            // a context of its own per group: Hibernate Reactive keeps its session there
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> apply(group).subscribe().with(done -> next(), failure -> {
                LOG.errorf(failure, "%s: a group of %d messages ended unexpectedly", consumer, group.size());
                next();
            }));
        }
    }

    private Uni<Void> apply(List<Item<?>> group) {
        if (group.size() == 1) {
            PlatformMeters.commitGroup(consumer, "alone", 1);
            return alone(group.get(0));
        }
        List<Object> results = new ArrayList<>(group.size());
        List<Member> members = group.stream().map(item -> new Member(item.key(), item.message())).toList();
        // its outbox rows written together at the end, and the scope's reads before any message
        return sessions.withTransaction(session -> outbox.batched(session,
                        () -> scope.around(session, members, () -> steps(session, group, results))))
                .invoke(() -> {
                    PlatformMeters.commitGroup(consumer, "committed", group.size());
                    for (int i = 0; i < group.size(); i++) {
                        boolean applied = results.get(i) != NOT_APPLIED;
                        settle(group.get(i), applied ? results.get(i) : null, applied ? "applied" : "duplicate");
                    }
                })
                .replaceWithVoid()
                .onFailure().recoverWithUni(failure -> {
                    PlatformMeters.commitGroup(consumer, "split", group.size());
                    LOG.debugf("%s: a group of %d failed (%s); applying them one by one", consumer, group.size(),
                            failure.getMessage());
                    return Multi.createFrom().iterable(group).onItem().transformToUniAndConcatenate(this::alone)
                            .collect().last().replaceWithVoid();
                });
    }

    /** The group's inbox rows in one statement, then each message's work in order; each result added to {@code results}. */
    private Uni<Object> steps(Mutiny.Session session, List<Item<?>> group, List<Object> results) {
        return IdempotentConsumer.recordAll(session, consumer, group.stream().map(Item::message).toList())
                .chain(fresh -> Multi.createFrom().range(0, group.size())
                        .onItem().transformToUniAndConcatenate(i -> step(session, group.get(i), fresh[i]).invoke(results::add))
                        .collect().last());
    }

    /** One message inside a group's transaction, its inbox row written: its work, unless it was applied before. */
    @SuppressWarnings("unchecked")
    private Uni<Object> step(Mutiny.Session session, Item<?> item, boolean fresh) {
        return !fresh ? Uni.createFrom().item(NOT_APPLIED)
                // flushed and cleared per message, so the group's session does not grow with the group
                : ((Uni<Object>) (Uni<?>) item.work().apply(session)).call(session::flush).invoke(session::clear);
    }

    /** One message in its own transaction, with the consumer's retries; then acked, or nacked (parked). */
    private <T> Uni<Void> alone(Item<T> item) {
        Object[] result = {null};
        return idempotent.apply(consumer, item.message(), session -> item.work().apply(session).invoke(r -> result[0] = r))
                .onFailure(failure -> !(failure instanceof InvalidMessageException)).retry()
                .withBackOff(policy.retryDelay(), policy.retryDelay()).atMost(policy.retries())
                .onItemOrFailure().transformToUni((ok, failure) -> {
                    if (failure == null) {
                        settle(item, result[0], null);
                    } else {
                        LOG.debugf("%s: %s %s parked: %s", consumer, item.message().headers().type(),
                                item.message().headers().id(), failure.getMessage());
                        try {
                            item.settled().accept(null, failure);
                        } finally {
                            admission.release();
                            item.record().nack(failure);
                        }
                    }
                    return Uni.createFrom().voidItem();
                });
    }

    @SuppressWarnings("unchecked")
    private <T> void settle(Item<T> item, Object result, String outcome) {
        if (outcome != null) {
            PlatformMeters.consumed(consumer, item.message().headers().type(), outcome);
        }
        try {
            item.settled().accept((T) result, null);
        } finally {
            admission.release();
            item.record().ack();
        }
    }
}
