package io.csplatform.customers.imports;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The imports (of customers or contacts) this instance ran or runs, for {@code GET /imports/{id}}; in memory. */
@ApplicationScoped
public class ImportJobs {

    private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();

    /** Registers a job for the tenant and runs {@code work} on a worker thread; returns its first view. */
    ImportJob.View launch(String tenantId, Instant now, Consumer<ImportJob> work) {
        ImportJob job = new ImportJob(tenantId, now);
        jobs.put(job.id, job);
        Infrastructure.getDefaultWorkerPool().execute(() -> work.accept(job));
        return job.view();
    }

    /** The job's progress; null when unknown or another tenant's. */
    public ImportJob.View progress(String tenantId, UUID id) {
        ImportJob job = jobs.get(id);
        return job == null || !job.tenantId.equals(tenantId) ? null : job.view();
    }
}
