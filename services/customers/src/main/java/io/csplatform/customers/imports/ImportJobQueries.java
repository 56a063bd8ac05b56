package io.csplatform.customers.imports;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An import's progress as stored, so every instance answers it; another tenant's job is not found (null). */
@ApplicationScoped
public class ImportJobQueries {

    private static final String JOB = "select id, kind, status, processed, created, updated, unchanged, failed,"
            + " failure, created_at, started_at, finished_at from import_job where tenant_id = $1 and id = $2";
    private static final String ERRORS = "select row_number, field, message from import_job_error"
            + " where tenant_id = $1 and job_id = $2 order by row_number";

    private final Pool pool;

    public ImportJobQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<ImportJob.View> view(String tenantId, UUID id) {
        Tuple key = Tuple.of(tenantId, id);
        return pool.preparedQuery(JOB).execute(key)
                .chain(jobs -> jobs.size() == 0 ? Uni.createFrom().nullItem()
                        : pool.preparedQuery(ERRORS).execute(key).map(errors -> {
                            List<ImportJob.RowError> list = new ArrayList<>();
                            errors.forEach(e -> list.add(new ImportJob.RowError(e.getLong("row_number"),
                                    e.getString("field"), e.getString("message"))));
                            return view(jobs.iterator().next(), list);
                        }));
    }

    private static ImportJob.View view(Row job, List<ImportJob.RowError> errors) {
        return new ImportJob.View(job.getUUID("id"), ImportJob.Status.valueOf(job.getString("status")),
                job.getInteger("processed"), job.getInteger("created"), job.getInteger("updated"),
                job.getInteger("unchanged"), job.getInteger("failed"), instant(job.getOffsetDateTime("started_at")),
                instant(job.getOffsetDateTime("finished_at")), job.getString("failure"), errors, job.getString("kind"),
                instant(job.getOffsetDateTime("created_at")));
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
