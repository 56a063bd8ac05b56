package io.csplatform.journeys.template;

import io.csplatform.events.EventJson;
import io.csplatform.journeys.support.Conflicts;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Journey templates: created and edited by admins, each edit a new immutable version, so journeys already
 * running keep the version they were set with. Every tenant has the starter templates.
 */
@ApplicationScoped
public class TemplateService {

    private final Mutiny.SessionFactory sessions;
    private final StarterTemplates starters;
    private final Clock clock;

    public TemplateService(Mutiny.SessionFactory sessions, StarterTemplates starters, Clock clock) {
        this.sessions = sessions;
        this.starters = starters;
        this.clock = clock;
    }

    /** A page of the tenant's templates (their current versions), oldest first (creation, then id), after the cursor's. */
    public Uni<Page<TemplateView>> list(String tenantId, Paging.Cursor after, int limit) {
        String seek = after == null ? "" : " and (t.createdAt > :at or (t.createdAt = :at and t.id > :id))";
        return starters.ensure(tenantId).chain(() -> sessions.withSession(session -> {
            var query = session.createSelectionQuery("""
                            select t, v from JourneyTemplate t, JourneyTemplateVersion v
                            where t.tenantId = :tenant and v.templateId = t.id and v.version = t.currentVersion"""
                            + seek + " order by t.createdAt, t.id", Object[].class)
                    .setParameter("tenant", tenantId)
                    .setMaxResults(limit + 1);
            if (after != null) {
                query.setParameter("at", after.at()).setParameter("id", after.id());
            }
            return query.getResultList().map(rows -> {
                Map<UUID, Instant> created = rows.stream().map(row -> (JourneyTemplate) row[0])
                        .collect(Collectors.toMap(template -> template.id, template -> template.createdAt));
                return Paging.page(rows, limit,
                        row -> TemplateView.of((JourneyTemplate) row[0], (JourneyTemplateVersion) row[1]),
                        view -> new Paging.Cursor(created.get(view.id()), view.id()));
            });
        }));
    }

    /** The template's latest version, or null when the tenant has no such template. */
    public Uni<TemplateView> latest(String tenantId, UUID id) {
        return starters.ensure(tenantId).chain(() -> sessions.withSession(session -> latest(session, tenantId, id)));
    }

    public Uni<TemplateView> latest(Mutiny.Session session, String tenantId, UUID id) {
        return session.find(JourneyTemplate.class, id)
                .chain(template -> template == null || !template.tenantId.equals(tenantId)
                        ? Uni.createFrom().nullItem()
                        : version(session, template, template.currentVersion));
    }

    /** A given version of the template, or null. */
    public Uni<TemplateView> version(String tenantId, UUID id, int version) {
        return sessions.withSession(session -> session.find(JourneyTemplate.class, id)
                .chain(template -> template == null || !template.tenantId.equals(tenantId)
                        ? Uni.createFrom().nullItem()
                        : version(session, template, version)));
    }

    public Uni<TemplateView> create(String tenantId, JourneyDefinition definition) {
        JourneyTemplate template = new JourneyTemplate();
        template.id = UUID.randomUUID();
        template.tenantId = tenantId;
        template.name = definition.name().strip();
        template.currentVersion = 1;
        template.createdAt = clock.instant();
        return starters.ensure(tenantId).chain(() -> sessions.withTransaction(session -> session.persist(template)
                        .chain(session::flush)
                        .chain(() -> addVersion(session, template, definition))))
                .onFailure().transform(Conflicts.onDuplicate("template-name-taken",
                        "a journey template named '" + template.name + "' already exists"));
    }

    /** Saves {@code definition} as the template's next version; null when the tenant has no such template. */
    public Uni<TemplateView> edit(String tenantId, UUID id, JourneyDefinition definition) {
        return sessions.withTransaction(session -> session.find(JourneyTemplate.class, id, LockMode.PESSIMISTIC_WRITE)
                        .chain(template -> {
                            if (template == null || !template.tenantId.equals(tenantId)) {
                                return Uni.createFrom().nullItem();
                            }
                            template.currentVersion++;
                            template.name = definition.name().strip();
                            return session.flush().chain(() -> addVersion(session, template, definition));
                        }))
                .onFailure().transform(Conflicts.onDuplicate("template-name-taken",
                        "a journey template named '" + definition.name().strip() + "' already exists"));
    }

    Uni<TemplateView> addVersion(Mutiny.Session session, JourneyTemplate template, JourneyDefinition definition) {
        JourneyTemplateVersion version = new JourneyTemplateVersion();
        version.id = UUID.randomUUID();
        version.templateId = template.id;
        version.version = template.currentVersion;
        version.tenantId = template.tenantId;
        version.definition = EventJson.write(definition.withTaskIds());
        version.createdAt = clock.instant();
        return session.persist(version).chain(session::flush).replaceWith(() -> TemplateView.of(template, version));
    }

    private static Uni<TemplateView> version(Mutiny.Session session, JourneyTemplate template, int number) {
        return session.createSelectionQuery("from JourneyTemplateVersion where templateId = :id and version = :version",
                        JourneyTemplateVersion.class)
                .setParameter("id", template.id).setParameter("version", number)
                .getSingleResultOrNull()
                .map(version -> version == null ? null : TemplateView.of(template, version));
    }
}
