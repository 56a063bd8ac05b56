package io.csplatform.healthscore.risk;

import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.healthscore.report.RetentionFacts;
import io.csplatform.tenantsettings.TenantZones;
import io.csplatform.outbox.UniqueViolation;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * A CSM's risk requests: flag, plan, add an action (its task command), follow up, report progress, close. Each in one
 * transaction with its audit row and its event (and command) in the outbox.
 */
@ApplicationScoped
public class RiskService {

    static final int PLAN_MIN_DAYS = 14;
    static final int PLAN_MAX_DAYS = 28;

    private final Mutiny.SessionFactory sessions;
    private final CustomerDirectory customers;
    private final TenantZones zones;
    private final RetentionFacts facts;
    private final RiskEvents events;
    private final RiskAudit audit;
    private final RiskQueries queries;
    private final Clock clock;

    public RiskService(Mutiny.SessionFactory sessions, CustomerDirectory customers, TenantZones zones,
                       RetentionFacts facts, RiskEvents events, RiskAudit audit, RiskQueries queries, Clock clock) {
        this.sessions = sessions;
        this.customers = customers;
        this.zones = zones;
        this.facts = facts;
        this.events = events;
        this.audit = audit;
        this.queries = queries;
        this.clock = clock;
    }

    public Uni<RiskView> flag(String tenantId, String userId, RiskRequests.Flag request) {
        Risk risk = new Risk();
        risk.id = UUID.randomUUID();
        risk.tenantId = tenantId;
        risk.customerId = request.customerId();
        risk.status = Risk.OPEN;
        risk.reason = request.reason();
        risk.diagnosis = request.diagnosis();
        risk.notes = request.notes();
        risk.flaggedBy = userId;
        risk.flaggedAt = now();
        risk.version = 1;
        risk.updatedBy = userId;
        risk.updatedAt = risk.flaggedAt;
        return sessions.withTransaction(session -> customers.exists(session, tenantId, request.customerId())
                        .invoke(known -> {
                            if (!known) {
                                throw ProblemException.invalidField("customerId", "unknown customer " + request.customerId());
                            }
                        })
                        .chain(() -> session.persist(risk)).chain(session::flush)
                        .chain(() -> audit.record(session, risk, "flagged", userId, risk.reason + " / " + risk.diagnosis))
                        .chain(() -> events.flagged(session, risk))
                        .chain(() -> queries.view(session, risk, true)))
                .onFailure(UniqueViolation.of("risk_one_open_per_customer")).transform(e -> ProblemException.conflict(
                        "risk-already-open", "customer " + request.customerId() + " already has an open risk"));
    }

    public Uni<RiskView> plan(String tenantId, String userId, UUID id, RiskRequests.Plan plan) {
        long days = ChronoUnit.DAYS.between(plan.startsOn(), plan.endsOn());
        if (days < PLAN_MIN_DAYS || days > PLAN_MAX_DAYS) {
            return Uni.createFrom().failure(ProblemException.invalidField("endsOn",
                    "a recovery plan lasts 2 to 4 weeks: 14 to 28 days after startsOn; was " + days));
        }
        return change(tenantId, id, userId, (session, risk) -> {
            risk.planStartsOn = plan.startsOn();
            risk.planEndsOn = plan.endsOn();
            risk.planGoal = plan.goal().strip();
            return changed(session, risk, "plan", userId, plan.startsOn() + ".." + plan.endsOn() + ": " + risk.planGoal);
        });
    }

    public Uni<RiskView> addAction(String tenantId, String userId, UUID id, RiskRequests.NewAction request) {
        return change(tenantId, id, userId, (session, risk) -> zones.zone(session, tenantId).chain(zone ->
                RiskQueries.actions(session, tenantId, List.of(risk.id)).chain(byRisk -> {
                    RiskAction action = new RiskAction();
                    action.id = UUID.randomUUID();
                    action.tenantId = tenantId;
                    action.riskId = risk.id;
                    action.position = byRisk.getOrDefault(risk.id, List.of()).size() + 1;
                    action.title = request.title().strip();
                    action.ownerUserId = request.ownerUserId().strip();
                    action.dueOn = request.dueOn();
                    action.goal = request.goal();
                    action.createdBy = userId;
                    action.createdAt = risk.updatedAt;
                    return events.taskCommand(session, risk, action, zone)
                            .invoke(command -> action.commandId = command.id())
                            .chain(() -> session.persist(action)).chain(session::flush)
                            .chain(() -> changed(session, risk, "action-added", userId,
                                    "'" + action.title + "' for " + action.ownerUserId + " due " + action.dueOn));
                })));
    }

    public Uni<RiskView> followUp(String tenantId, String userId, UUID id, RiskRequests.FollowUp request) {
        return change(tenantId, id, userId, (session, risk) -> session.createNativeQuery("""
                        insert into risk_follow_up (id, tenant_id, risk_id, note, created_by, created_at)
                        values (:id, :tenant, :risk, :note, :by, :at)""")
                .setParameter("id", UUID.randomUUID()).setParameter("tenant", tenantId).setParameter("risk", risk.id)
                .setParameter("note", request.note().strip()).setParameter("by", userId).setParameter("at", risk.updatedAt)
                .executeUpdate()
                .chain(() -> changed(session, risk, "follow-up", userId, request.note().strip())));
    }

    public Uni<RiskView> progressReport(String tenantId, String userId, UUID id, RiskRequests.ProgressReport report) {
        return change(tenantId, id, userId, (session, risk) -> {
            risk.progressReport = report.text().strip();
            return changed(session, risk, "progress-report", userId, null);
        });
    }

    /** OPEN → CLOSED with the outcome; the value's currency defaults to the tenant's. */
    public Uni<RiskView> close(String tenantId, String userId, UUID id, RiskRequests.Close request) {
        return change(tenantId, id, userId, (session, risk) -> zones.zone(session, tenantId)
                .chain(zone -> facts.currency(session, tenantId).chain(currency -> {
                    risk.status = Risk.CLOSED;
                    risk.outcome = request.outcome();
                    risk.outcomeOn = request.on() != null ? request.on() : LocalDate.ofInstant(risk.updatedAt, zone);
                    risk.outcomeValue = request.value() == null ? null : request.value().amount();
                    risk.outcomeCurrency = request.value() != null && request.value().currency() != null
                            ? request.value().currency() : currency;
                    risk.closedBy = userId;
                    risk.closedAt = risk.updatedAt;
                    int daysOpen = (int) RiskQueries.daysOpen(risk, zone, risk.closedAt);
                    return audit.record(session, risk, "closed", userId, risk.outcome + " on " + risk.outcomeOn
                                    + (risk.outcomeValue == null ? "" : ", " + risk.outcomeValue.toPlainString() + " "
                                    + risk.outcomeCurrency))
                            .chain(() -> events.closed(session, risk, daysOpen)).replaceWithVoid();
                })));
    }

    /** Audits the change and publishes risk.plan.updated with the plan's progress after it. */
    Uni<Void> changed(Mutiny.Session session, Risk risk, String change, String userId, String detail) {
        return session.flush().chain(() -> audit.record(session, risk, change, userId == null ? "journeys" : userId, detail))
                .chain(() -> zones.zone(session, risk.tenantId))
                .chain(zone -> RiskQueries.actions(session, risk.tenantId, List.of(risk.id)).chain(actions ->
                        events.planUpdated(session, risk, change, Progress.of(actions.getOrDefault(risk.id, List.of()),
                                LocalDate.ofInstant(risk.updatedAt, zone)), userId)))
                .replaceWithVoid();
    }

    /** Loads the open risk (404 unknown, 409 closed), applies the change in one transaction, answers the new view. */
    private Uni<RiskView> change(String tenantId, UUID id, String userId,
                                 BiFunction<Mutiny.Session, Risk, Uni<Void>> change) {
        return sessions.withTransaction(session -> RiskQueries.load(session, tenantId, id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("risk " + id))
                .chain(risk -> {
                    if (!risk.open()) {
                        return Uni.createFrom().failure(ProblemException.conflict("risk-closed",
                                "risk " + id + " is closed: it cannot change"));
                    }
                    risk.touch(userId, now());
                    return change.apply(session, risk).chain(session::flush).chain(() -> queries.view(session, risk, true));
                }));
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
