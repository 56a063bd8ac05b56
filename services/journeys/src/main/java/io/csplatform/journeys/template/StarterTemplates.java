package io.csplatform.journeys.template;

import io.csplatform.events.EventJson;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every tenant the starter templates (seeds 000 and 002) on its first use of templates: inserted
 * idempotently (a starter already there, or a name the tenant already uses, is skipped).
 */
@ApplicationScoped
public class StarterTemplates {

    private static final String INSERT_TEMPLATE = """
            insert into journey_template (id, tenant_id, name, starter_key, current_version, created_at)
            values (:id, :tenant, :name, :key, 1, :now) on conflict do nothing""";
    private static final String INSERT_VERSION = """
            insert into journey_template_version (id, template_id, version, tenant_id, definition, created_at)
            values (:id, :template, 1, :tenant, :definition, :now)""";

    private final Mutiny.SessionFactory sessions;
    private final Clock clock;
    private final Set<String> seeded = ConcurrentHashMap.newKeySet();

    public StarterTemplates(Mutiny.SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    public Uni<Void> ensure(String tenantId) {
        if (seeded.contains(tenantId)) {
            return Uni.createFrom().voidItem();
        }
        return sessions.withTransaction(session -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Map.Entry<String, JourneyDefinition> starter : StarterContent.ALL.entrySet()) {
                chain = chain.chain(() -> insert(session, tenantId, starter.getKey(), starter.getValue()));
            }
            return chain;
        }).invoke(() -> seeded.add(tenantId));
    }

    private Uni<Void> insert(Mutiny.Session session, String tenantId, String key, JourneyDefinition definition) {
        UUID id = UUID.randomUUID();
        return session.createNativeQuery(INSERT_TEMPLATE)
                .setParameter("id", id).setParameter("tenant", tenantId).setParameter("name", definition.name())
                .setParameter("key", key).setParameter("now", clock.instant())
                .executeUpdate()
                .chain(inserted -> inserted == 0 ? Uni.createFrom().voidItem() : session.createNativeQuery(INSERT_VERSION)
                        .setParameter("id", UUID.randomUUID()).setParameter("template", id)
                        .setParameter("tenant", tenantId)
                        .setParameter("definition", EventJson.write(definition.withTaskIds()))
                        .setParameter("now", clock.instant())
                        .executeUpdate().replaceWithVoid());
    }
}
