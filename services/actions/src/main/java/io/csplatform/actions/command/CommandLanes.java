package io.csplatform.actions.command;

import io.csplatform.outbox.Admission;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Runs commands side by side, each after every earlier command of its lane: a lane is a key (a customer's non-e-mail
 * commands, one e-mail command's copies), and lanes do not wait for one another. At most {@code limit} commands are
 * admitted at a time; {@link #admit} completes when one may start, which is what holds the Kafka consumer back.
 */
final class CommandLanes {

    private final Admission admission;
    private final Map<String, CompletableFuture<Void>> tails = new HashMap<>();

    CommandLanes(int limit) {
        this.admission = new Admission(limit);
    }

    /** Completes once fewer than {@code limit} commands are admitted; every admitted command ends with {@link #done}. */
    CompletableFuture<Void> admit() {
        return admission.admit();
    }

    /** An admitted command ended: the next waiting one takes its place. */
    void done() {
        admission.release();
    }

    /** Runs {@code work} once every earlier work of {@code lane} ended (however it ended); answers its outcome. */
    CompletionStage<Void> inLane(String lane, Supplier<CompletionStage<Void>> work) {
        CompletableFuture<Void> ended = new CompletableFuture<>();
        CompletableFuture<Void> before;
        synchronized (this) {
            before = tails.put(lane, ended);
        }
        CompletableFuture<Void> outcome = new CompletableFuture<>();
        (before == null ? CompletableFuture.<Void>completedFuture(null) : before).whenComplete((ignored, none) -> {
            CompletionStage<Void> running;
            try {
                running = work.get();
            } catch (RuntimeException e) {
                running = CompletableFuture.failedFuture(e);
            }
            running.whenComplete((ok, failure) -> {
                synchronized (this) {
                    tails.remove(lane, ended);
                }
                ended.complete(null);
                if (failure != null) {
                    outcome.completeExceptionally(failure);
                } else {
                    outcome.complete(null);
                }
            });
        });
        return outcome;
    }

    /** Lanes with a command running or waiting (for tests and metrics). */
    synchronized int lanes() {
        return tails.size();
    }
}
