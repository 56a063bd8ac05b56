package io.csplatform.customers.imports;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The imports (of customers or contacts) this instance ran or runs, for {@code GET /imports/{id}}; in memory. */
@ApplicationScoped
public class ImportJobs {

    private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();

    void add(ImportJob job) {
        jobs.put(job.id, job);
    }

    /** The job's progress; null when unknown or another tenant's. */
    public ImportJob.View progress(String tenantId, UUID id) {
        ImportJob job = jobs.get(id);
        return job == null || !job.tenantId.equals(tenantId) ? null : job.view();
    }
}
