package io.csplatform.outbox;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;

/**
 * At most {@code limit} pieces of work admitted at a time: {@link #admit} completes when one may start (which is
 * what holds a Kafka consumer back), and every admitted one ends with {@link #release}.
 */
public final class Admission {

    private final int limit;
    private final ArrayDeque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int admitted;

    public Admission(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        this.limit = limit;
    }

    /** Completes once fewer than {@code limit} are admitted. */
    public synchronized CompletableFuture<Void> admit() {
        if (admitted < limit) {
            admitted++;
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> turn = new CompletableFuture<>();
        waiting.add(turn);
        return turn;
    }

    /** An admitted one ended: the next waiting one takes its place. */
    public void release() {
        CompletableFuture<Void> next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                admitted--;
            }
        }
        if (next != null) {
            next.complete(null);
        }
    }

    /** Admitted and not yet released. */
    public synchronized int admitted() {
        return admitted;
    }
}
