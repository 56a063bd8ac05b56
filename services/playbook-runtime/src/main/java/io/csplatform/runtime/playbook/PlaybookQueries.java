package io.csplatform.runtime.playbook;

import io.csplatform.rest.Page;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

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
            where p.tenant_id = :tenant and p.id = :id order by v.version""";
    private static final String AUDIT = """
            select id, at, actor, action, from_version, to_version, from_status, to_status, cast(changes as text)
            from playbook_audit where tenant_id = :tenant and playbook_id = :id %s order by at desc, id desc""";

    private final Mutiny.SessionFactory sessions;

    public PlaybookQueries(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    public Uni<Page<PlaybookDtos.Summary>> list(String tenant, Playbook.Status status, String trigger, String cursor,
                                                int limit) {
        Cursor after = Cursor.parse(cursor);
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
                    .map(rows -> page(rows, limit, PlaybookQueries::summary, s -> new Cursor(s.updatedAt(), s.id())));
        });
    }

    /** Every version of a playbook, oldest first; null if the tenant has no such playbook. */
    public Uni<List<PlaybookDtos.Version>> versions(String tenant, UUID id) {
        return sessions.withSession(session -> exists(session, tenant, id).chain(exists -> !exists
                ? Uni.createFrom().nullItem()
                : session.createNativeQuery(VERSIONS, Object[].class).setParameter("tenant", tenant).setParameter("id", id)
                        .getResultList().map(rows -> rows.stream().map(r -> new PlaybookDtos.Version((Integer) r[0],
                                PlaybookDefinitions.parse((String) r[1]), instant(r[2]), (String) r[3])).toList())));
    }

    /** A playbook's audit trail, newest first; null if the tenant has no such playbook. */
    public Uni<Page<PlaybookDtos.AuditEntry>> audit(String tenant, UUID id, String cursor, int limit) {
        Cursor after = Cursor.parse(cursor);
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
                    .map(rows -> page(rows, limit, PlaybookQueries::entry, e -> new Cursor(e.at(), e.id())));
        }));
    }

    private static Uni<Boolean> exists(Mutiny.Session session, String tenant, UUID id) {
        return session.createNativeQuery(EXISTS, Long.class).setParameter("tenant", tenant).setParameter("id", id)
                .getSingleResult().map(count -> count > 0);
    }

    private static <T> Page<T> page(List<Object[]> rows, int limit, Function<Object[], T> view, Function<T, Cursor> at) {
        List<T> items = rows.stream().limit(limit).map(view).toList();
        return new Page<>(items, rows.size() > limit ? at.apply(items.get(limit - 1)).encode() : null);
    }

    private static PlaybookDtos.Summary summary(Object[] r) {
        return new PlaybookDtos.Summary((UUID) r[0], (String) r[1], Playbook.Status.valueOf((String) r[2]), (Integer) r[3],
                (String) r[4], instant(r[5]), instant(r[6]));
    }

    private static PlaybookDtos.AuditEntry entry(Object[] r) {
        return new PlaybookDtos.AuditEntry((UUID) r[0], instant(r[1]), (String) r[2],
                PlaybookAudit.Action.valueOf((String) r[3]), (Integer) r[4], (Integer) r[5],
                r[6] == null ? null : Playbook.Status.valueOf((String) r[6]), Playbook.Status.valueOf((String) r[7]),
                PlaybookDefinitions.parse((String) r[8]));
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }

    /** Position after the last item of a page: its time and id. */
    record Cursor(Instant at, UUID id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor parse(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this list gave");
            }
        }
    }
}
