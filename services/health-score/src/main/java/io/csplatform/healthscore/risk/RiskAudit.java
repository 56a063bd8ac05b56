package io.csplatform.healthscore.risk;

import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.util.UUID;

/** Every change of a risk, who and when, written in the change's transaction. */
@ApplicationScoped
public class RiskAudit {

    /** One audited change. */
    public record Entry(String action, String actor, Instant at, String detail) {
    }

    Uni<Void> record(Mutiny.Session session, Risk risk, String action, String actor, String detail) {
        return session.createNativeQuery("""
                        insert into risk_audit (tenant_id, risk_id, action, actor, at, detail)
                        values (:tenant, :risk, :action, :actor, :at, :detail)""")
                .setParameter("tenant", risk.tenantId).setParameter("risk", risk.id).setParameter("action", action)
                .setParameter("actor", actor).setParameter("at", risk.updatedAt).setParameter("detail", detail)
                .executeUpdate().replaceWithVoid();
    }

    /** A page of the risk's changes, oldest first (in the order they were written), after the cursor's change. */
    Uni<Page<Entry>> of(Mutiny.Session session, String tenantId, UUID riskId, KeyCursor after, int limit) {
        var query = session.createNativeQuery("""
                        select action, actor, at, detail, seq from risk_audit where tenant_id = :tenant and risk_id = :risk
                        """ + (after == null ? "" : " and seq > :after") + " order by seq limit :limit", Object[].class)
                .setParameter("tenant", tenantId).setParameter("risk", riskId).setParameter("limit", limit + 1);
        if (after != null) {
            query.setParameter("after", after.key(0, Long::valueOf));
        }
        return query.getResultList().map(rows -> {
            Page<Object[]> page = KeyCursor.page(rows, limit, row -> KeyCursor.of(row[4]));
            return new Page<>(page.items().stream().map(row -> new Entry((String) row[0], (String) row[1],
                    Paging.instant(row[2]), (String) row[3])).toList(), page.nextCursor());
        });
    }
}
