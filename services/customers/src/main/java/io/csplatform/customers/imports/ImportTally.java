package io.csplatform.customers.imports;

import io.csplatform.rest.ProblemException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one batch of rows did, up to and including CSV line {@link #endLine}: added to the job's counters with the
 * checkpoint (see {@link ImportCheckpoints}). Rows of a batch may be applied in parallel, hence the atomics.
 */
final class ImportTally {

    final AtomicInteger processed = new AtomicInteger();
    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final List<ImportJob.RowError> errors = Collections.synchronizedList(new ArrayList<>());
    long endLine;

    void error(long row, String field, String message) {
        failed.incrementAndGet();
        if (errors.size() < ImportJob.MAX_ERRORS) {
            errors.add(new ImportJob.RowError(row, field == null ? "" : field, message == null ? "" : message));
        }
    }

    /** A row the service refused: the first field the problem names, else its message. */
    void error(long row, ProblemException problem) {
        var field = problem.problem().errors().isEmpty() ? null : problem.problem().errors().get(0);
        error(row, field == null ? "" : field.field(), field == null ? problem.getMessage() : field.message());
    }

    /** A copy of what was counted so far (the rows the reader refused), to add a write's outcome to. */
    ImportTally copy() {
        ImportTally copy = new ImportTally();
        copy.processed.set(processed.get());
        copy.created.set(created.get());
        copy.updated.set(updated.get());
        copy.unchanged.set(unchanged.get());
        copy.failed.set(failed.get());
        copy.errors.addAll(errors);
        copy.endLine = endLine;
        return copy;
    }

    boolean isEmpty() {
        return processed.get() == 0;
    }
}
