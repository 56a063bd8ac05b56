package io.csplatform.customers.imports;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Adds a batch's {@link ImportTally} to its job and moves the job's checkpoint past the batch, in the transaction
 * that wrote the batch's rows: after a crash the job resumes right after the last committed batch, its counters
 * neither missing nor repeating a row. Each checkpoint renews the lease; one whose lease another instance took
 * fails with {@link RunningImport.Stopped}, rolling the batch back.
 */
@ApplicationScoped
public class ImportCheckpoints {

    private static final String SAVE = "update import_job set processed = processed + $3, created = created + $4,"
            + " updated = updated + $5, unchanged = unchanged + $6, failed = failed + $7, checkpoint_line = $8,"
            + " lease_until = $9 where id = $1 and lease_owner = $2 and status = 'RUNNING'";
    /** The first {@value ImportJob#MAX_ERRORS} errors of the job are kept; the count says how many there were. */
    private static final String ERRORS = "insert into import_job_error (job_id, tenant_id, row_number, field, message)"
            + " select $1, $2, u.row_number, u.field, u.message"
            + " from unnest($3::bigint[], $4::text[], $5::text[]) as u(row_number, field, message)"
            + " order by u.row_number limit greatest(0, " + ImportJob.MAX_ERRORS
            + " - (select count(*) from import_job_error where job_id = $1)) on conflict do nothing";

    private final Pool pool;
    private final Clock clock;
    private final Duration lease;

    public ImportCheckpoints(Pool pool, Clock clock,
                             @ConfigProperty(name = "cs.imports.lease", defaultValue = "PT60S") Duration lease) {
        this.pool = pool;
        this.clock = clock;
        this.lease = lease;
    }

    /**
     * Lets the batch transaction on {@code connection} commit without waiting for its WAL to reach the disk
     * ({@code synchronous_commit = off} for this transaction only). Safe for import batches: the rows, their outbox
     * events and the checkpoint are one transaction, so a database crash loses whole batches and their checkpoints
     * together (the job resumes after the last one that reached the disk), and the relay only publishes flushed WAL.
     */
    static Uni<Void> relaxedCommit(SqlClient connection) {
        return connection.query("set local synchronous_commit = off").execute().replaceWithVoid();
    }

    Duration lease() {
        return lease;
    }

    /** Saves the tally with {@code client}, the batch's transaction. */
    Uni<Void> save(SqlClient client, RunningImport job, ImportTally tally) {
        return client.preparedQuery(SAVE).execute(Tuple.from(List.of(job.id, job.owner, tally.processed.get(),
                        tally.created.get(), tally.updated.get(), tally.unchanged.get(), tally.failed.get(),
                        tally.endLine, clock.instant().plus(lease).atOffset(ZoneOffset.UTC))))
                .invoke(result -> {
                    if (result.rowCount() == 0) {
                        throw new RunningImport.Stopped("import " + job.id + ": lease lost to another instance");
                    }
                })
                .chain(() -> errors(client, job, tally.errors));
    }

    /** Saves the tally in a transaction of its own (rows written one by one, or a batch the database refused). */
    Uni<Void> save(RunningImport job, ImportTally tally) {
        return pool.withTransaction(connection -> save(connection, job, tally));
    }

    private static Uni<Void> errors(SqlClient client, RunningImport job, List<ImportJob.RowError> errors) {
        if (errors.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<ImportJob.RowError> rows;
        synchronized (errors) {
            rows = List.copyOf(errors);
        }
        return client.preparedQuery(ERRORS).execute(Tuple.of(job.id, job.tenantId,
                        rows.stream().map(ImportJob.RowError::row).toArray(Long[]::new),
                        rows.stream().map(ImportJob.RowError::field).toArray(String[]::new),
                        rows.stream().map(ImportJob.RowError::message).toArray(String[]::new)))
                .replaceWithVoid();
    }
}
