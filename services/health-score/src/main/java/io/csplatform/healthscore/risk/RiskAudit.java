package io.csplatform.healthscore.risk;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.util.List;
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

    /** The risk's changes, oldest first. */
    Uni<List<Entry>> of(Mutiny.Session session, String tenantId, UUID riskId) {
        return session.createNativeQuery("""
                        select action, actor, at, detail from risk_audit where tenant_id = :tenant and risk_id = :risk
                        order by seq""", Object[].class)
                .setParameter("tenant", tenantId).setParameter("risk", riskId).getResultList()
                .map(rows -> rows.stream().map(row -> new Entry((String) row[0], (String) row[1],
                        io.csplatform.rest.Paging.instant(row[2]), (String) row[3])).toList());
    }
}
