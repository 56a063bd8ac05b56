package io.csplatform.customers.imports;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Where one import job's time went, summed over its batches (batches overlap, so the phases add up to more than the
 * wall time): logged when the job's run ends, to tell the database's share from the service's.
 */
final class ImportTimings {

    enum Phase { READ, WAIT_FOR_SLOT, SELECT, VALIDATE, WRITE, WAIT_FOR_PREVIOUS, CHECKPOINT }

    private final Map<Phase, LongAdder> nanos = new EnumMap<>(Phase.class);
    private final long start = System.nanoTime();

    ImportTimings() {
        for (Phase phase : Phase.values()) {
            nanos.put(phase, new LongAdder());
        }
    }

    /** Adds the time since {@code since} ({@link System#nanoTime()}) to {@code phase}; answers now. */
    long add(Phase phase, long since) {
        long now = System.nanoTime();
        nanos.get(phase).add(now - since);
        return now;
    }

    @Override
    public String toString() {
        return "wall " + (System.nanoTime() - start) / 1_000_000 + " ms; " + nanos.entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase() + " " + e.getValue().sum() / 1_000_000 + " ms")
                .collect(Collectors.joining(", "));
    }
}
