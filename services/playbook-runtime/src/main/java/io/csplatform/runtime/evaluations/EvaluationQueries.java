package io.csplatform.runtime.evaluations;

import io.csplatform.rest.Page;
import io.csplatform.rest.ProblemException;
import io.csplatform.runtime.playbook.PlaybookDefinitions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Reads recorded evaluations, newest first, with an opaque cursor (evaluation time and id). */
@ApplicationScoped
public class EvaluationQueries {

    private static final String SELECT = """
            select id, playbook_id, playbook_version, customer_id, occurrence_id, trigger_type, fired, execution_id,
                   cast(trace as text), evaluated_at
            from evaluation where tenant_id = :tenant and %s = :owner %s
            order by evaluated_at desc, id desc""";

    /** Filters of a list: by customer or by playbook; {@code fired} null for both outcomes. */
    public enum Owner {
        CUSTOMER("customer_id"), PLAYBOOK("playbook_id");

        private final String column;

        Owner(String column) {
            this.column = column;
        }
    }

    private final Mutiny.SessionFactory sessions;

    public EvaluationQueries(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    public Uni<Page<EvaluationView>> list(String tenant, Owner owner, UUID id, Boolean fired, String cursor, int limit) {
        Cursor after = Cursor.parse(cursor);
        String filters = (fired == null ? "" : " and fired = :fired")
                + (after == null ? "" : " and (evaluated_at, id) < (:afterAt, :afterId)");
        return sessions.withSession(session -> {
            var query = session.createNativeQuery(SELECT.formatted(owner.column, filters), Object[].class)
                    .setParameter("tenant", tenant).setParameter("owner", id);
            if (fired != null) {
                query.setParameter("fired", fired);
            }
            if (after != null) {
                query.setParameter("afterAt", after.at()).setParameter("afterId", after.id());
            }
            return query.setMaxResults(limit + 1).getResultList()
                .map(rows -> {
                    List<EvaluationView> items = rows.stream().limit(limit).map(EvaluationQueries::view).toList();
                    String next = rows.size() > limit
                            ? new Cursor(items.get(limit - 1).evaluatedAt(), items.get(limit - 1).id()).encode() : null;
                    return new Page<>(items, next);
                });
        });
    }

    private static EvaluationView view(Object[] r) {
        return new EvaluationView((UUID) r[0], (UUID) r[1], (Integer) r[2], (UUID) r[3], (UUID) r[4], (String) r[5],
                (Boolean) r[6], (UUID) r[7], PlaybookDefinitions.parse((String) r[8]), instant(r[9]));
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }

    /** Position after the last item of a page. */
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
