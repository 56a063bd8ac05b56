package io.csplatform.runtime.playbook;

import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.UUID;

/** Reads playbooks (newest updated first), their versions and their audit trail (newest first), with opaque cursors. */
@ApplicationScoped
public class PlaybookQueries {

    private static final String LIST = """
            select id, name, status, version, trigger_type, created_at, updated_at from playbook
            where tenant_id = :tenant %s order by updated_at desc, id desc""";
    private static final String EXISTS = "select count(*) from playbook where tenant_id = :tenant and id = :id";
    private static final String VERSIONS = """
            select v.version, v.definition, v.created_at, v.actor from playbook_version v
            join playbook p on p.id = v.playbook_id
            where p.tenant_id = :tenant and p.id = :id %s order by v.version limit :limit""";
    private static final String AUDIT = """
            select id, at, actor, action, from_version, to_version, from_status, to_status, cast(changes as text)
            from playbook_audit where tenant_id = :tenant and playbook_id = :id %s order by at desc, id desc""";

    private final Mutiny.SessionFactory sessions;

    public PlaybookQueries(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    public Uni<Page<PlaybookDtos.Summary>> list(String tenant, Playbook.Status status, String trigger, String cursor,
                                                int limit) {
        Paging.Cursor after = Paging.Cursor.parse(cursor);
        String filters = (status == null ? "" : " and status = :status")
                + (trigger == null ? "" : " and trigger_type = :trigger")
                + (after == null ? "" : " and (updated_at, id) < (:afterAt, :afterId)");
        return sessions.withSession(session -> {
            var query = session.createNativeQuery(LIST.formatted(filters), Object[].class).setParameter("tenant", tenant);
            if (status != null) {
                query.setParameter("status", status.name());
            }
            if (trigger != null) {
                query.setParameter("trigger", trigger);
            }
            if (after != null) {
                query.setParameter("afterAt", after.at()).setParameter("afterId", after.id());
            }
            return query.setMaxResults(limit + 1).getResultList()
                    .map(rows -> Paging.page(rows, limit, PlaybookQueries::summary, s -> new Paging.Cursor(s.updatedAt(), s.id())));
        });
    }

    /** Every version of a playbook, oldest first; null if the tenant has no such playbook. */
    /** A page of the playbook's versions, oldest first, after the cursor's version; null if the tenant has no such playbook. */
    public Uni<Page<PlaybookDtos.Version>> versions(String tenant, UUID id, KeyCursor after, int limit) {
        return sessions.withSession(session -> exists(session, tenant, id).chain(exists -> {
            if (!exists) {
                return Uni.createFrom().nullItem();
            }
            var query = session.createNativeQuery(VERSIONS.formatted(after == null ? "" : "and v.version > :after"),
                            Object[].class)
                    .setParameter("tenant", tenant).setParameter("id", id).setParameter("limit", limit + 1);
            if (after != null) {
                query.setParameter("after", after.key(0, Integer::valueOf));
            }
            return query.getResultList().map(rows -> KeyCursor.page(rows.stream().map(r -> new PlaybookDtos.Version(
                            (Integer) r[0], PlaybookDefinitions.parse((String) r[1]), Paging.instant(r[2]), (String) r[3]))
                    .toList(), limit, version -> KeyCursor.of(version.version())));
        }));
    }

    /** A playbook's audit trail, newest first; null if the tenant has no such playbook. */
    public Uni<Page<PlaybookDtos.AuditEntry>> audit(String tenant, UUID id, String cursor, int limit) {
        Paging.Cursor after = Paging.Cursor.parse(cursor);
        String filters = after == null ? "" : " and (at, id) < (:afterAt, :afterId)";
        return sessions.withSession(session -> exists(session, tenant, id).chain(exists -> {
            if (!exists) {
                return Uni.createFrom().nullItem();
            }
            var query = session.createNativeQuery(AUDIT.formatted(filters), Object[].class)
                    .setParameter("tenant", tenant).setParameter("id", id);
            if (after != null) {
                query.setParameter("afterAt", after.at()).setParameter("afterId", after.id());
            }
            return query.setMaxResults(limit + 1).getResultList()
                    .map(rows -> Paging.page(rows, limit, PlaybookQueries::entry, e -> new Paging.Cursor(e.at(), e.id())));
        }));
    }

    private static Uni<Boolean> exists(Mutiny.Session session, String tenant, UUID id) {
        return session.createNativeQuery(EXISTS, Long.class).setParameter("tenant", tenant).setParameter("id", id)
                .getSingleResult().map(count -> count > 0);
    }


    private static PlaybookDtos.Summary summary(Object[] r) {
        return new PlaybookDtos.Summary((UUID) r[0], (String) r[1], Playbook.Status.valueOf((String) r[2]), (Integer) r[3],
                (String) r[4], Paging.instant(r[5]), Paging.instant(r[6]));
    }

    private static PlaybookDtos.AuditEntry entry(Object[] r) {
        return new PlaybookDtos.AuditEntry((UUID) r[0], Paging.instant(r[1]), (String) r[2],
                PlaybookAudit.Action.valueOf((String) r[3]), (Integer) r[4], (Integer) r[5],
                r[6] == null ? null : Playbook.Status.valueOf((String) r[6]), Playbook.Status.valueOf((String) r[7]),
                PlaybookDefinitions.parse((String) r[8]));
    }


}
