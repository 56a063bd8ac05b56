package io.csplatform.customers.imports;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The life of an import job in {@code import_job}: created QUEUED with its upload, RUNNING under an instance's lease,
 * claimed by another instance when that lease expires, COMPLETED or FAILED (its upload deleted). Blocking calls:
 * worker threads only.
 */
@ApplicationScoped
public class ImportJobs {

    private static final String INSERT = "insert into import_job (id, tenant_id, kind, status, created_at, lease_owner,"
            + " lease_until) values ($1, $2, $3, 'QUEUED', $4, $5, $6)";
    private static final String START = "update import_job set status = 'RUNNING', started_at = coalesce(started_at, $3),"
            + " lease_until = $4 where id = $1 and lease_owner = $2 and status in ('QUEUED', 'RUNNING')"
            + " returning id, tenant_id, kind, checkpoint_line";
    /** One job whose lease expired, taken without waiting for (or blocking) another instance's claim. */
    private static final String CLAIM = "update import_job set status = 'RUNNING', lease_owner = $1, lease_until = $2,"
            + " started_at = coalesce(started_at, $3) where id = (select id from import_job"
            + " where status in ('QUEUED', 'RUNNING') and lease_until < $3 order by lease_until limit 1"
            + " for update skip locked) returning id, tenant_id, kind, checkpoint_line";
    private static final String FINISH = "update import_job set status = $3, finished_at = $4, failure = $5,"
            + " lease_owner = null, lease_until = null where id = $1 and lease_owner = $2 and status = 'RUNNING'";
    private static final String DROP_UPLOAD = "delete from import_upload where job_id = $1";
    private static final String RETENTION = "delete from import_job where id in (select id from import_job"
            + " where finished_at < $1 order by finished_at limit $2 for update skip locked)";

    private final Pool pool;
    private final Clock clock;
    private final ImportCheckpoints checkpoints;

    public ImportJobs(Pool pool, Clock clock, ImportCheckpoints checkpoints) {
        this.pool = pool;
        this.clock = clock;
        this.checkpoints = checkpoints;
    }

    /** Stores a QUEUED job of {@code kind} and its upload in one transaction, leased to {@code owner}. */
    UUID create(String tenantId, String kind, Path upload, String owner) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        SqlConnection connection = pool.getConnection().await().indefinitely();
        try {
            var transaction = connection.begin().await().indefinitely();
            try {
                connection.preparedQuery(INSERT).execute(Tuple.from(Arrays.asList(id, tenantId, kind, at(now), owner,
                        at(now.plus(checkpoints.lease()))))).await().indefinitely();
                StoredUpload.save(connection, id, tenantId, upload);
                transaction.commit().await().indefinitely();
            } catch (RuntimeException e) {
                transaction.rollback().await().indefinitely();
                throw e;
            }
        } finally {
            connection.close().await().indefinitely();
        }
        return id;
    }

    /** The job {@code owner} created, now RUNNING; null if its lease went to another instance meanwhile. */
    RunningImport start(UUID id, String owner, int stopAfterBatches) {
        Instant now = clock.instant();
        var rows = pool.preparedQuery(START).execute(Tuple.of(id, owner, at(now), at(now.plus(checkpoints.lease()))))
                .await().indefinitely();
        return rows.size() == 0 ? null : running(rows.iterator().next(), owner, stopAfterBatches);
    }

    /** Takes over jobs whose worker stopped renewing its lease (crash, restart), at most {@code max}. */
    List<RunningImport> claimExpired(String owner, int max, int stopAfterBatches) {
        List<RunningImport> claimed = new ArrayList<>();
        while (claimed.size() < max) {
            Instant now = clock.instant();
            var rows = pool.preparedQuery(CLAIM).execute(Tuple.of(owner, at(now.plus(checkpoints.lease())), at(now)))
                    .await().indefinitely();
            if (rows.size() == 0) {
                break;
            }
            claimed.add(running(rows.iterator().next(), owner, stopAfterBatches));
        }
        return claimed;
    }

    /** Ends the job COMPLETED (no {@code failure}) or FAILED and deletes its upload, if {@code job} still holds it. */
    void finish(RunningImport job, String failure) {
        pool.withTransaction(connection -> connection.preparedQuery(FINISH)
                        .execute(Tuple.from(Arrays.asList(job.id, job.owner,
                                (failure == null ? ImportJob.Status.COMPLETED : ImportJob.Status.FAILED).name(),
                                at(clock.instant()), failure)))
                        .chain(result -> result.rowCount() == 0 ? Uni.createFrom().voidItem()
                                : connection.preparedQuery(DROP_UPLOAD).execute(Tuple.of(job.id)).replaceWithVoid()))
                .await().indefinitely();
    }

    /** Deletes up to {@code batch} jobs finished before {@code before} (their errors and any upload left go too). */
    int removeFinishedBefore(Instant before, int batch) {
        return pool.preparedQuery(RETENTION).execute(Tuple.of(at(before), batch)).await().indefinitely().rowCount();
    }

    private static RunningImport running(Row row, String owner, int stopAfterBatches) {
        return new RunningImport(row.getUUID("id"), row.getString("tenant_id"), row.getString("kind"),
                row.getLong("checkpoint_line"), owner, stopAfterBatches);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
