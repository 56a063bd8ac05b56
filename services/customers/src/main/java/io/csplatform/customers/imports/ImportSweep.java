package io.csplatform.customers.imports;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/**
 * Every instance, every few seconds ({@code cs.imports.sweep-every}, default 5s): resumes the import jobs whose
 * worker stopped renewing its lease (its instance crashed or restarted); hourly, deletes jobs finished longer ago than
 * {@code cs.imports.retention} (default 30 days) with their errors and any upload left.
 */
@ApplicationScoped
public class ImportSweep {

    private static final int CLAIMS = 4;
    private static final int RETENTION_BATCH = 1000;

    private final ImportRunner runner;
    private final ImportJobs jobs;
    private final Clock clock;
    private final Duration retention;

    public ImportSweep(ImportRunner runner, ImportJobs jobs, Clock clock,
                       @ConfigProperty(name = "cs.imports.retention", defaultValue = "P30D") Duration retention) {
        this.runner = runner;
        this.jobs = jobs;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(every = "{cs.imports.sweep-every:5s}", delayed = "{cs.imports.sweep-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resume() {
        runner.resumeExpired(CLAIMS);
    }

    @Scheduled(every = "{cs.imports.retention-every:1h}", delayed = "{cs.imports.sweep-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retention() {
        var before = clock.instant().minus(retention);
        while (jobs.removeFinishedBefore(before, RETENTION_BATCH) == RETENTION_BATCH) {
            // next batch
        }
    }
}
