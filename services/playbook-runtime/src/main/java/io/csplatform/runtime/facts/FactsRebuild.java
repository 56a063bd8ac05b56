package io.csplatform.runtime.facts;

import io.csplatform.runtime.evaluation.TriggerEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Rebuilds one tenant's facts projection from the domain topics: drops the tenant's facts, then reads every topic
 * from the beginning up to its current end and applies the tenant's events through the same mappers as the live
 * consumer (each event once, by {@code ce_id}). The live consumer keeps running: what it applies meanwhile is
 * ordered by version like everything else, so the result equals the live projection. Evaluations made during a
 * rebuild may see incomplete facts: run it in a quiet moment. Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class FactsRebuild {

    private static final Logger LOG = Logger.getLogger(FactsRebuild.class);

    /** What a rebuild did. */
    public record Report(String tenantId, long recordsRead, long eventsApplied, long durationMillis) {
    }

    private final Mutiny.SessionFactory sessions;
    private final FactsProjection projection;
    private final String bootstrapServers;

    public FactsRebuild(Mutiny.SessionFactory sessions, FactsProjection projection,
                        @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.sessions = sessions;
        this.projection = projection;
        this.bootstrapServers = bootstrapServers;
    }

    public Report rebuild(String tenant) throws Throwable {
        long started = System.nanoTime();
        VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(session -> session
                .createNativeQuery("delete from fact where tenant_id = :tenant").setParameter("tenant", tenant)
                .executeUpdate()
                .chain(() -> session.createNativeQuery("delete from fact_series where tenant_id = :tenant")
                        .setParameter("tenant", tenant).executeUpdate())));
        long read;
        long applied = 0;
        try (DomainTopics topics = new DomainTopics(bootstrapServers, tenant, null)) {
            while (topics.more()) {
                List<TriggerEvent> batch = topics.next(null);
                applied += batch.size();
                if (!batch.isEmpty()) {
                    VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(session -> apply(session, tenant, batch)));
                }
            }
            read = topics.read();
        }
        Report report = new Report(tenant, read, applied, (System.nanoTime() - started) / 1_000_000);
        LOG.infof("facts of tenant %s rebuilt: %d records read, %d events applied in %d ms", tenant, read, applied,
                report.durationMillis());
        return report;
    }

    private Uni<Void> apply(Mutiny.Session session, String tenant, List<TriggerEvent> batch) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (TriggerEvent event : batch) {
            chain = chain.chain(() -> projection.apply(session, tenant, event));
        }
        return chain;
    }


}
