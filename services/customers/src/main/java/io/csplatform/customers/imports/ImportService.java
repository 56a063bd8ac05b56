package io.csplatform.customers.imports;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * CSV imports of customers: a worker reads the stored upload row by row and writes batches of
 * {@value ImportBatch#SIZE}, idempotent on the external id, each with its checkpoint (see {@link ImportRunner}).
 */
@ApplicationScoped
public class ImportService implements ImportKind {

    static final String KIND = "customers";
    private static final int IN_FLIGHT = 2;
    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final List<String> DEFAULT_STATUSES = List.of("active", "onboarding", "churned", "inactive");

    private final ImportWriter writer;
    private final Pool pool;

    public ImportService(ImportWriter writer, Pool pool) {
        this.writer = writer;
        this.pool = pool;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public void check(String tenantId, List<String> header) {
        new ImportRows(header);
    }

    @Override
    public void run(RunningImport job, CsvUpload upload) throws IOException {
        ImportRows rows = new ImportRows(upload.header);
        Set<String> statuses = statuses(job.tenantId);
        ImportBatch batch = new ImportBatch();
        Deque<InFlight> writing = new ArrayDeque<>();
        ImportTimings timings = new ImportTimings();
        long at = System.nanoTime();
        for (ImportBatch.Row row = upload.next(batch.read, rows::parse); row != null;
             row = upload.next(batch.read, rows::parse)) {
            at = timings.add(ImportTimings.Phase.READ, at);
            if (!batch.accepts(row)) {
                batch.read.endLine = row.line() - 1;
                start(writing, job, batch, statuses, timings);
                batch = new ImportBatch();
                at = timings.add(ImportTimings.Phase.WAIT_FOR_SLOT, at);
            }
            batch.rows.put(row.externalId(), row);
        }
        batch.read.endLine = upload.line();
        if (!batch.rows.isEmpty() || !batch.read.isEmpty()) {
            start(writing, job, batch, statuses, timings);
        }
        writing.forEach(InFlight::join);
        LOG.infof("import %s: %s", job.id, timings);
    }

    /**
     * Starts writing {@code batch} while at most {@value #IN_FLIGHT} - 1 others are still being written, so the
     * database inserts one batch while the service validates the next. A batch sharing an external id with one in
     * flight waits for it: the later row in the file is applied last, and two batches never race to create the same
     * customer. A batch commits its checkpoint only after the previous one has, so checkpoints follow the file.
     */
    private void start(Deque<InFlight> writing, RunningImport job, ImportBatch batch, Set<String> statuses,
                       ImportTimings timings) {
        if (writing.stream().anyMatch(other -> other.overlaps(batch))) {
            writing.forEach(InFlight::join);
            writing.clear();
        }
        while (writing.size() >= IN_FLIGHT) {
            writing.removeFirst().join();
        }
        CompletableFuture<Void> previous = writing.isEmpty() ? CompletableFuture.completedFuture(null)
                : writing.getLast().done();
        writing.addLast(new InFlight(batch.rows.keySet(),
                writer.write(job, batch, statuses, previous, timings).subscribeAsCompletionStage()));
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
