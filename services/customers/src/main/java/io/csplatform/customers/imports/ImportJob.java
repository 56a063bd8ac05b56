package io.csplatform.customers.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What {@code GET /imports/{id}} answers about one CSV import: its counters and the first {@value #MAX_ERRORS} row errors. */
public final class ImportJob {

    static final int MAX_ERRORS = 1000;

    /** QUEUED: stored, no worker yet; RUNNING: a worker holds its lease (or held it, and another will resume it). */
    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED }

    public record RowError(long row, String field, String message) {
    }

    public record View(UUID id, Status status, int processed, int created, int updated, int unchanged, int failed,
                       Instant startedAt, Instant finishedAt, String failure, List<RowError> errors, String kind,
                       Instant createdAt) {
    }

    private ImportJob() {
    }
}
