package io.csplatform.customers.imports;

import io.csplatform.rest.ProblemException;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * CSV imports of customers: the upload streams to a temporary file, then a worker reads it row by row and writes
 * batches of {@value ImportBatch#SIZE}, idempotent on the external id. Progress lives in memory while the service runs.
 */
@ApplicationScoped
public class ImportService {

    private static final int IN_FLIGHT = 2;
    private static final List<String> DEFAULT_STATUSES = List.of("active", "onboarding", "churned", "inactive");

    private final ImportWriter writer;
    private final Pool pool;
    private final ImportJobs jobs;

    public ImportService(ImportWriter writer, Pool pool, ImportJobs jobs) {
        this.jobs = jobs;
        this.writer = writer;
        this.pool = pool;
    }

    /** Stores the upload, checks its header (400 naming a bad column) and starts the import; blocking. */
    public ImportJob.View start(String tenantId, InputStream csv) {
        CsvUpload upload = CsvUpload.store(csv);
        ImportRows rows;
        try {
            rows = new ImportRows(upload.header);
        } catch (ProblemException e) {
            upload.close();
            throw e;
        }
        return jobs.launch(tenantId, upload, job -> run(job, rows, upload));
    }

    private void run(ImportJob job, ImportRows rows, CsvUpload upload) throws IOException {
        Set<String> statuses = statuses(job.tenantId);
        ImportBatch batch = new ImportBatch();
        Deque<InFlight> writing = new ArrayDeque<>();
        for (ImportBatch.Row row = upload.next(job, rows::parse); row != null; row = upload.next(job, rows::parse)) {
            if (!batch.accepts(row)) {
                start(writing, job, batch, statuses);
                batch = new ImportBatch();
            }
            batch.rows.put(row.externalId(), row);
        }
        if (!batch.rows.isEmpty()) {
            start(writing, job, batch, statuses);
        }
        writing.forEach(InFlight::join);
    }

    /**
     * Starts writing {@code batch} while at most {@value #IN_FLIGHT} - 1 others are still being written, so the
     * database inserts one batch while the service validates the next. A batch sharing an external id with one in
     * flight waits for it: the later row in the file is applied last, and two batches never race to create the same
     * customer.
     */
    private void start(Deque<InFlight> writing, ImportJob job, ImportBatch batch, Set<String> statuses) {
        if (writing.stream().anyMatch(other -> other.overlaps(batch))) {
            writing.forEach(InFlight::join);
            writing.clear();
        }
        while (writing.size() >= IN_FLIGHT) {
            writing.removeFirst().join();
        }
        writing.addLast(new InFlight(batch.rows.keySet(), writer.write(job, batch, statuses).subscribeAsCompletionStage()));
    }

    private record InFlight(Set<String> externalIds, CompletableFuture<Void> done) {

        boolean overlaps(ImportBatch batch) {
            return batch.rows.keySet().stream().anyMatch(externalIds::contains);
        }

        void join() {
            done.join();
        }
    }

    private Set<String> statuses(String tenantId) {
        Set<String> codes = new HashSet<>();
        pool.preparedQuery("select code from customer_status where tenant_id = $1").execute(Tuple.of(tenantId))
                .await().indefinitely().forEach(row -> codes.add(row.getString("code")));
        return codes.isEmpty() ? Set.copyOf(DEFAULT_STATUSES) : codes;
    }
}
