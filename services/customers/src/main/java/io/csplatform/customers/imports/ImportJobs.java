package io.csplatform.customers.imports;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The imports (of customers or contacts) this instance ran or runs, for {@code GET /imports/{id}}; in memory. */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();
    private final Clock clock;

    public ImportJobs(Clock clock) {
        this.clock = clock;
    }

    /** How a job reads its upload; a failure it throws ends the job FAILED with the reason. */
    interface Work {
        void run(ImportJob job) throws IOException;
    }

    /**
     * Registers a job for the tenant and runs {@code work} on a worker thread; the job ends COMPLETED or FAILED and the
     * upload is deleted whatever happens. Returns the job's first view.
     */
    ImportJob.View launch(String tenantId, CsvUpload upload, Work work) {
        ImportJob job = new ImportJob(tenantId, clock.instant());
        jobs.put(job.id, job);
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            String failure = null;
            try (upload) {
                work.run(job);
            } catch (IOException | RuntimeException e) {
                LOG.errorf(e, "import %s failed", job.id);
                failure = e.getMessage();
            } finally {
                job.finish(clock.instant(), failure);
            }
        });
        return job.view();
    }

    /** The job's progress; null when unknown or another tenant's. */
    public ImportJob.View progress(String tenantId, UUID id) {
        ImportJob job = jobs.get(id);
        return job == null || !job.tenantId.equals(tenantId) ? null : job.view();
    }
}
