package io.csplatform.runtime.matcher;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A value loaded from a source that may change while a load runs, where loads may overlap: each load takes a ticket
 * ({@link #begin()}) before it reads, and its result is installed ({@link #install}) only if no load that began later
 * installed first. So a slow load of an older state never replaces a newer one. {@link #changed()} makes the installed
 * value stale: the next {@link #fresh()} answers {@code null} until a load begun after the change installs.
 */
final class NewestLoad<T> {

    private final AtomicLong changes = new AtomicLong();
    private T value;
    private long valueTicket = -1;

    /** The source changed (or may have): the installed value is stale. */
    void changed() {
        changes.incrementAndGet();
    }

    /** The ticket of a load about to read the source. */
    long begin() {
        return changes.get();
    }

    /** The installed value if no change happened since the load that installed it began; otherwise {@code null}. */
    synchronized T fresh() {
        return value != null && valueTicket >= changes.get() ? value : null;
    }

    /**
     * Installs {@code loaded}, read by the load of {@code ticket}, unless a load that began later already installed.
     * Answers whether it was installed.
     */
    synchronized boolean install(long ticket, T loaded) {
        if (ticket > valueTicket || value == null) {
            value = loaded;
            valueTicket = ticket;
            return true;
        }
        return false;
    }
}
