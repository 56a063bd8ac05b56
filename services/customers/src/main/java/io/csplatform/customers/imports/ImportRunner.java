package io.csplatform.customers.imports;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Starts and resumes import jobs on worker threads under this instance's lease ({@code cs.imports.instance-id},
 * default a random id per start): a job's upload and checkpoint are in the database, so a job this instance started
 * and a job it took over from a dead one run the same way, from the line after the checkpoint.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    private final Map<String, ImportKind> kinds;
    private final ImportJobs jobs;
    private final Pool pool;
    private final String owner;
    private final Set<UUID> stopped = ConcurrentHashMap.newKeySet();
    private volatile int stopAfterBatches;

    @Inject
    public ImportRunner(Instance<ImportKind> kinds, ImportJobs jobs, Pool pool,
                        @ConfigProperty(name = "cs.imports.instance-id") Optional<String> instanceId) {
        this(kinds.stream().toList(), jobs, pool, instanceId.orElseGet(() -> "customers-" + UUID.randomUUID()));
    }

    ImportRunner(List<ImportKind> kinds, ImportJobs jobs, Pool pool, String owner) {
        this.kinds = kinds.stream().collect(Collectors.toMap(ImportKind::name, Function.identity()));
        this.jobs = jobs;
        this.pool = pool;
        this.owner = owner;
    }

    /** Test hook: the workers started from now on stop (as if their instance died) after that many checkpoints; 0 = never. */
    void stopAfterBatches(int batches) {
        stopAfterBatches = batches;
    }

    /** Whether the job's worker here stopped without finishing it (lease lost or the test hook). */
    boolean stoppedWithoutFinishing(UUID id) {
        return stopped.contains(id);
    }

    /** Checks the upload's header (400 naming a column), stores the job with its upload and starts it; blocking. */
    UUID start(String kind, String tenantId, InputStream csv) {
        UUID id;
        long received = System.nanoTime();
        try (CsvUpload upload = CsvUpload.store(csv)) {
            kinds.get(kind).check(tenantId, upload.header);
            long stored = System.nanoTime();
            id = jobs.create(tenantId, kind, upload.file(), owner);
            LOG.infof("import %s: upload received in %d ms, stored in the database in %d ms", id,
                    (stored - received) / 1_000_000, (System.nanoTime() - stored) / 1_000_000);
        }
        RunningImport job = jobs.start(id, owner, stopAfterBatches);
        if (job != null) {
            launch(job);
        }
        return id;
    }

    /** Resumes the jobs whose lease expired, at most {@code max}; answers how many. */
    int resumeExpired(int max) {
        List<RunningImport> claimed = jobs.claimExpired(owner, max, stopAfterBatches);
        claimed.forEach(job -> {
            LOG.infof("import %s: resuming after line %d (lease taken over by %s)", job.id, job.checkpointLine, owner);
            launch(job);
        });
        return claimed.size();
    }

    private void launch(RunningImport job) {
        Infrastructure.getDefaultWorkerPool().execute(() -> run(job));
    }

    private void run(RunningImport job) {
        String failure = null;
        try (CsvUpload upload = CsvUpload.read(new StoredUpload(pool, job.id))) {
            upload.skipTo(job.checkpointLine);
            kinds.get(job.kind).run(job, upload);
        } catch (Exception e) {
            RunningImport.Stopped stop = stop(e);
            if (stop != null) {
                LOG.warnf("%s", stop.getMessage());
                stopped.add(job.id);
                return;
            }
            LOG.errorf(e, "import %s failed", job.id);
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        try {
            jobs.finish(job, failure);
        } catch (RuntimeException e) {
            LOG.errorf(e, "import %s: cannot record its end; another instance resumes it when the lease expires", job.id);
        }
    }

    private static RunningImport.Stopped stop(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RunningImport.Stopped stop) {
                return stop;
            }
        }
        return null;
    }
}
