package io.csplatform.healthscore.risk;

import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.tenantsettings.TenantZones;
import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.Paging;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the risks of the caller's tenant: one with its plan, the open ones, a customer's history; newest first. */
@ApplicationScoped
public class RiskQueries {

    private final Mutiny.SessionFactory sessions;
    private final TenantZones zones;
    private final RiskAudit audit;
    private final Clock clock;
    private final CustomerDirectory customers;

    public RiskQueries(Mutiny.SessionFactory sessions, TenantZones zones, RiskAudit audit, Clock clock,
                       CustomerDirectory customers) {
        this.sessions = sessions;
        this.customers = customers;
        this.zones = zones;
        this.audit = audit;
        this.clock = clock;
    }

    /** The risk with its actions and follow-ups, or null when the tenant has no such risk. */
    public Uni<RiskView> find(String tenantId, UUID id) {
        return sessions.withSession(session -> load(session, tenantId, id, LockModeType.NONE)
                .onItem().ifNotNull().transformToUni(risk -> view(session, risk, true)));
    }

    /** Whether the tenant has the customer (the customer directory). */
    public Uni<Boolean> knows(String tenantId, UUID customerId) {
        return sessions.withSession(session -> customers.exists(session, tenantId, customerId));
    }

    /** A page of the risk's audit trail, oldest first, or null when the tenant has no such risk. */
    public Uni<Page<RiskAudit.Entry>> audit(String tenantId, UUID id, KeyCursor after, int limit) {
        return sessions.withSession(session -> load(session, tenantId, id, LockModeType.NONE)
                .onItem().ifNotNull().transformToUni(risk -> audit.of(session, tenantId, id, after, limit)));
    }

    /** The tenant's risks of a status (null: all), or one customer's (null: every customer). */
    public Uni<Page<RiskView>> list(String tenantId, String status, UUID customerId, Paging.Cursor after, int limit) {
        StringBuilder hql = new StringBuilder("from Risk where tenantId = :tenant");
        if (status != null) {
            hql.append(" and status = :status");
        }
        if (customerId != null) {
            hql.append(" and customerId = :customer");
        }
        if (after != null) {
            hql.append(" and (flaggedAt < :afterAt or (flaggedAt = :afterAt and id < :afterId))");
        }
        hql.append(" order by flaggedAt desc, id desc");
        return sessions.withSession(session -> {
            Mutiny.SelectionQuery<Risk> query = session.createSelectionQuery(hql.toString(), Risk.class)
                    .setParameter("tenant", tenantId);
            if (status != null) {
                query.setParameter("status", status);
            }
            if (customerId != null) {
                query.setParameter("customer", customerId);
            }
            if (after != null) {
                query.setParameter("afterAt", after.at()).setParameter("afterId", after.id());
            }
            return query.setMaxResults(limit + 1).getResultList().chain(risks -> zones.zone(session, tenantId)
                    .chain(zone -> actions(session, tenantId, risks.stream().map(r -> r.id).toList()).map(actions -> {
                        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
                        return Paging.page(risks, limit, risk -> RiskView.of(risk, actions.getOrDefault(risk.id, List.of()),
                                        List.of(), today, daysOpen(risk, zone, clock.instant())),
                                view -> new Paging.Cursor(view.flaggedAt(), view.id()));
                    })));
        });
    }

    Uni<RiskView> view(Mutiny.Session session, Risk risk, boolean withFollowUps) {
        return zones.zone(session, risk.tenantId).chain(zone -> actions(session, risk.tenantId, List.of(risk.id))
                .chain(actions -> (withFollowUps ? followUps(session, risk) : Uni.createFrom().item(List.<RiskView.FollowUp>of()))
                        .map(followUps -> RiskView.of(risk, actions.getOrDefault(risk.id, List.of()), followUps,
                                LocalDate.ofInstant(clock.instant(), zone), daysOpen(risk, zone, clock.instant())))));
    }

    /** The tenant's days from flagging to closing (or to today while open). */
    public static long daysOpen(Risk risk, ZoneId zone, Instant now) {
        Instant end = risk.closedAt != null ? risk.closedAt : now;
        return Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(risk.flaggedAt, zone), LocalDate.ofInstant(end, zone)));
    }

    static Uni<Risk> load(Mutiny.Session session, String tenantId, UUID id, LockModeType lock) {
        return session.createSelectionQuery("from Risk where tenantId = :tenant and id = :id", Risk.class)
                .setParameter("tenant", tenantId).setParameter("id", id)
                .setLockMode(lock)
                .getSingleResultOrNull();
    }

    /** The actions of the risks, by risk, in plan order. */
    public static Uni<Map<UUID, List<RiskAction>>> actions(Mutiny.Session session, String tenantId, List<UUID> riskIds) {
        if (riskIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return session.createSelectionQuery("from RiskAction where tenantId = :tenant and riskId in :risks order by position",
                        RiskAction.class)
                .setParameter("tenant", tenantId).setParameter("risks", riskIds).getResultList()
                .map(actions -> actions.stream().collect(Collectors.groupingBy(a -> a.riskId)));
    }

    private static Uni<List<RiskView.FollowUp>> followUps(Mutiny.Session session, Risk risk) {
        return session.createNativeQuery("""
                        select cast(id as text), note, created_by, created_at from risk_follow_up
                        where tenant_id = :tenant and risk_id = :risk order by created_at, id""", Object[].class)
                .setParameter("tenant", risk.tenantId).setParameter("risk", risk.id).getResultList()
                .map(rows -> rows.stream().map(row -> new RiskView.FollowUp(UUID.fromString((String) row[0]),
                        (String) row[1], (String) row[2], Paging.instant(row[3]))).toList());
    }
}
