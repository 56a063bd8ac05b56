package io.csplatform.customers.imports;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A job this instance works on under its lease: where to resume ({@code checkpointLine}) and who holds it. The tests
 * simulate a worker that dies with {@code stopAfterBatches}: after that many checkpoints it stops without finishing.
 */
final class RunningImport {

    /** The worker stopped without finishing the job (lease lost, or a test's simulated death): another resumes it. */
    static final class Stopped extends RuntimeException {
        Stopped(String message) {
            super(message, null, false, false);
        }
    }

    final UUID id;
    final String tenantId;
    final String kind;
    final long checkpointLine;
    final String owner;
    private final int stopAfterBatches;
    private final AtomicInteger checkpoints = new AtomicInteger();

    RunningImport(UUID id, String tenantId, String kind, long checkpointLine, String owner, int stopAfterBatches) {
        this.id = id;
        this.tenantId = tenantId;
        this.kind = kind;
        this.checkpointLine = checkpointLine;
        this.owner = owner;
        this.stopAfterBatches = stopAfterBatches;
    }

    /** Called after each committed checkpoint. */
    void checkpointed() {
        if (stopAfterBatches > 0 && checkpoints.incrementAndGet() >= stopAfterBatches) {
            throw new Stopped("import " + id + ": worker stopped after " + stopAfterBatches + " batches");
        }
    }
}
