package io.csplatform.healthscore.report;

import io.csplatform.tenantsettings.TenantZones;
import io.csplatform.rest.Paging;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Builds the tenant's at-risk report as of an instant, from the risks, MRRs and scores of this service. */
@ApplicationScoped
public class RiskReports {

    private static final String ROWS = """
            select cast(r.id as text), cast(r.customer_id as text), c.name, m.mrr, m.currency, s.score, s.band,
                   (select h.score from health_score_history h where h.tenant_id = r.tenant_id
                      and h.customer_id = r.customer_id and h.computed_at <= :weekAgo order by h.computed_at desc limit 1),
                   r.reason, r.diagnosis,
                   (select count(*) from risk_action a where a.risk_id = r.id),
                   (select count(*) from risk_action a where a.risk_id = r.id and a.done_at is not null),
                   (select count(*) from risk_action a where a.risk_id = r.id and a.done_at is null and a.due_on < :today),
                   r.plan_ends_on, r.flagged_at
            from risk r
            left join customer_ref c on c.tenant_id = r.tenant_id and c.customer_id = r.customer_id
            left join customer_mrr m on m.tenant_id = r.tenant_id and m.customer_id = r.customer_id
            left join health_score s on s.tenant_id = r.tenant_id and s.customer_id = r.customer_id
            where r.tenant_id = :tenant and r.status = 'OPEN'
            order by m.mrr desc nulls last, r.flagged_at, r.id""";

    private final Mutiny.SessionFactory sessions;
    private final TenantZones zones;

    public RiskReports(Mutiny.SessionFactory sessions, TenantZones zones) {
        this.sessions = sessions;
        this.zones = zones;
    }

    public Uni<RiskReport> of(String tenantId, Instant now) {
        return sessions.withSession(session -> of(session, tenantId, now));
    }

    public Uni<RiskReport> of(Mutiny.Session session, String tenantId, Instant now) {
        return zones.zone(session, tenantId).chain(zone -> {
            LocalDate today = LocalDate.ofInstant(now, zone);
            return session.createNativeQuery(ROWS, Object[].class)
                    .setParameter("tenant", tenantId).setParameter("today", today)
                    .setParameter("weekAgo", now.minus(7, ChronoUnit.DAYS))
                    .getResultList()
                    .map(rows -> {
                        List<RiskReport.Row> items = new ArrayList<>();
                        Map<String, BigDecimal> mrr = new TreeMap<>();
                        for (Object[] row : rows) {
                            Instant flaggedAt = Paging.instant(row[14]);
                            BigDecimal score = (BigDecimal) row[5];
                            BigDecimal before = (BigDecimal) row[7];
                            int total = ((Number) row[10]).intValue();
                            int done = ((Number) row[11]).intValue();
                            items.add(new RiskReport.Row(UUID.fromString((String) row[0]), UUID.fromString((String) row[1]),
                                    (String) row[2], (BigDecimal) row[3], (String) row[4], score, (String) row[6],
                                    score == null || before == null ? null : score.subtract(before), (String) row[8],
                                    (String) row[9], total, done, ((Number) row[12]).intValue(),
                                    total == 0 ? 0 : done * 100 / total, (LocalDate) row[13],
                                    Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(flaggedAt, zone), today)),
                                    flaggedAt));
                            if (row[3] != null) {
                                mrr.merge((String) row[4], (BigDecimal) row[3], BigDecimal::add);
                            }
                        }
                        return new RiskReport(tenantId, today, zone.getId(), now, items.size(), mrr, items);
                    });
        });
    }
}
