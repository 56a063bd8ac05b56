package io.csplatform.customers.imports;

import io.csplatform.rest.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Progress of one CSV import, readable while it runs. Keeps the first {@value #MAX_ERRORS} row errors. */
public final class ImportJob {

    static final int MAX_ERRORS = 1000;

    public enum Status { RUNNING, COMPLETED, FAILED }

    public record RowError(long row, String field, String message) {
    }

    public record View(UUID id, Status status, int processed, int created, int updated, int unchanged, int failed,
                       Instant startedAt, Instant finishedAt, String failure, List<RowError> errors) {
    }

    final UUID id = UUID.randomUUID();
    final String tenantId;
    final Instant startedAt;
    final AtomicInteger processed = new AtomicInteger();
    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    private final List<RowError> errors = Collections.synchronizedList(new ArrayList<>());
    private volatile Status status = Status.RUNNING;
    private volatile Instant finishedAt;
    private volatile String failure;

    ImportJob(String tenantId, Instant startedAt) {
        this.tenantId = tenantId;
        this.startedAt = startedAt;
    }

    void error(long row, String field, String message) {
        failed.incrementAndGet();
        if (errors.size() < MAX_ERRORS) {
            errors.add(new RowError(row, field, message));
        }
    }

    /** A row the service refused: the first field the problem names, else its message. */
    void error(long row, ProblemException problem) {
        var field = problem.problem().errors().isEmpty() ? null : problem.problem().errors().get(0);
        error(row, field == null ? "" : field.field(), field == null ? problem.getMessage() : field.message());
    }

    void finish(Instant at, String failureReason) {
        failure = failureReason;
        finishedAt = at;
        status = failureReason == null ? Status.COMPLETED : Status.FAILED;
    }

    public View view() {
        synchronized (errors) {
            return new View(id, status, processed.get(), created.get(), updated.get(), unchanged.get(), failed.get(),
                    startedAt, finishedAt, failure,
                    errors.stream().sorted(java.util.Comparator.comparingLong(RowError::row)).toList());
        }
    }
}
