package io.csplatform.runtime.evaluations;

import io.csplatform.rest.Paging;

import io.csplatform.rest.Page;
import io.csplatform.runtime.playbook.PlaybookDefinitions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

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
        Paging.Cursor after = Paging.Cursor.parse(cursor);
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
                .map(rows -> Paging.page(rows, limit, EvaluationQueries::view,
                    e -> new Paging.Cursor(e.evaluatedAt(), e.id())));
        });
    }

    private static EvaluationView view(Object[] r) {
        return new EvaluationView((UUID) r[0], (UUID) r[1], (Integer) r[2], (UUID) r[3], (UUID) r[4], (String) r[5],
                (Boolean) r[6], (UUID) r[7], PlaybookDefinitions.parse((String) r[8]), Paging.instant(r[9]));
    }


}
