package io.csplatform.runtime.delay;

import io.csplatform.runtime.execution.DelayedSteps;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/**
 * Sends the delayed steps that are due, a batch of 100 per transaction, every {@code runtime.delays.every} (5 s).
 * Rows are claimed with FOR UPDATE SKIP LOCKED: two replicas never send one step twice, and a step survives any
 * restart because it is a row, not a timer.
 */
@ApplicationScoped
public class DelayedStepSweep {

    private static final Logger LOG = Logger.getLogger(DelayedStepSweep.class);
    private static final int BATCH = 100;

    private final Mutiny.SessionFactory sessions;
    private final DelayedSteps steps;
    private final Clock clock;

    public DelayedStepSweep(Mutiny.SessionFactory sessions, DelayedSteps steps, Clock clock) {
        this.sessions = sessions;
        this.steps = steps;
        this.clock = clock;
    }

    @Scheduled(every = "${runtime.delays.every:5s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return runAt(clock.instant()).replaceWithVoid()
                .onFailure().invoke(e -> LOG.warn("delayed steps: run failed, retried at the next tick", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Handles every step due at {@code now}; answers how many. */
    public Uni<Integer> runAt(Instant now) {
        return sessions.withTransaction(session -> steps.runDue(session, now, BATCH))
                .chain(done -> done < BATCH ? Uni.createFrom().item(done) : runAt(now).map(more -> done + more));
    }
}
