package io.csplatform.contracts.amendment;

import io.csplatform.contracts.amendment.AmendmentDtos.AmendContract;
import io.csplatform.contracts.amendment.AmendmentDtos.AmendmentView;
import io.csplatform.contracts.contract.Contract;
import io.csplatform.contracts.contract.ContractService;
import io.csplatform.contracts.customer.CustomerMrr;
import io.csplatform.events.ContractMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ContractMrrChanged;
import io.csplatform.events.payload.ContractMrrChanged.Kind;
import io.csplatform.outbox.Outbox;
import io.csplatform.outbox.UniqueViolation;
import io.csplatform.rest.KeyCursor;
import io.csplatform.rest.Page;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Amendments change a contract's MRR and publish {@code contract.mrr.changed} (old, new, delta, kind) and the
 * customer's new MRR. An UPSELL must raise the MRR and a DOWNSELL lower it; an ADJUSTMENT may go either way.
 * One effective after today (by the clock) waits as SCHEDULED for {@link ScheduledAmendmentSweep}.
 */
@ApplicationScoped
public class AmendmentService {

    private final Mutiny.SessionFactory sessions;
    private final CustomerMrr customerMrr;
    private final Outbox outbox;
    private final Clock clock;

    public AmendmentService(Mutiny.SessionFactory sessions, CustomerMrr customerMrr, Outbox outbox, Clock clock) {
        this.sessions = sessions;
        this.customerMrr = customerMrr;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Null when the contract is unknown (or another tenant's). */
    public Uni<AmendmentView> amend(String tenantId, UUID contractId, AmendContract request) {
        return sessions.withTransaction(session -> ContractService.load(session, tenantId, contractId, LockModeType.PESSIMISTIC_WRITE)
                        .onItem().ifNotNull().transformToUni(contract -> amend(session, contract, request)))
                .onFailure(UniqueViolation::test).transform(e -> ProblemException.conflict("duplicate-external-id",
                        "an amendment with externalId '" + request.externalId() + "' already exists"));
    }

    /**
     * Amends a contract the caller has locked; a rule broken is a {@link ProblemException} before anything is written.
     * An amendment effective after today is only recorded, as SCHEDULED: {@link #applyScheduled} applies it later.
     */
    public Uni<AmendmentView> amend(Mutiny.Session session, Contract contract, AmendContract request) {
        if (!contract.isActive()) {
            throw ProblemException.conflict("contract-not-active", "contract " + contract.id + " is " + contract.status);
        }
        Amendment amendment = new Amendment();
        amendment.id = UUID.randomUUID();
        amendment.tenantId = contract.tenantId;
        amendment.contractId = contract.id;
        amendment.externalId = request.externalId();
        amendment.kind = request.kind();
        amendment.previousMrr = contract.mrr;
        amendment.mrr = request.mrr();
        amendment.effectiveDate = request.effectiveDate();
        amendment.createdAt = clock.instant();
        if (amendment.effectiveDate.isAfter(LocalDate.now(clock))) {
            amendment.status = Amendment.SCHEDULED;
            return session.persist(amendment).chain(session::flush).replaceWith(() -> AmendmentView.of(amendment));
        }
        String broken = brokenRule(amendment, contract);
        if (broken != null) {
            throw ProblemException.invalidField("mrr", broken);
        }
        return apply(session, contract, amendment, true).replaceWith(() -> AmendmentView.of(amendment));
    }

    /**
     * Applies a due SCHEDULED amendment (locked by the caller) against the contract's MRR of now, exactly as an
     * immediate one; when the contract is no longer active or the kind's rule no longer holds, it becomes REJECTED
     * with the reason and nothing is published.
     */
    public Uni<Void> applyScheduled(Mutiny.Session session, Amendment amendment) {
        return ContractService.load(session, amendment.tenantId, amendment.contractId, LockModeType.PESSIMISTIC_WRITE)
                .chain(contract -> {
                    String broken = !contract.isActive() ? "contract " + contract.id + " is " + contract.status
                            : brokenRule(amendment, contract);
                    if (broken != null) {
                        amendment.status = Amendment.REJECTED;
                        amendment.rejectReason = broken;
                        return Uni.createFrom().voidItem();
                    }
                    return apply(session, contract, amendment, false);
                });
    }

    /** Null when the amendment may move the contract's current MRR; otherwise why not. */
    private static String brokenRule(Amendment amendment, Contract contract) {
        int direction = amendment.mrr.compareTo(contract.mrr);
        if (amendment.kind == Kind.UPSELL && direction <= 0 || amendment.kind == Kind.DOWNSELL && direction >= 0) {
            return "an " + amendment.kind + " must " + (amendment.kind == Kind.UPSELL ? "raise" : "lower")
                    + " the MRR (now " + contract.mrr + ")";
        }
        return null;
    }

    private Uni<Void> apply(Mutiny.Session session, Contract contract, Amendment amendment, boolean persist) {
        amendment.status = Amendment.APPLIED;
        amendment.previousMrr = contract.mrr;
        var changed = new ContractMrrChanged(contract.id, contract.customerId, amendment.id, amendment.kind,
                amendment.previousMrr, amendment.mrr, amendment.mrr.subtract(amendment.previousMrr), contract.currency,
                amendment.effectiveDate);
        return customerMrr.change(session, contract.tenantId, contract.customerId, contract.currency, changed.delta(),
                () -> {
                    contract.mrr = amendment.mrr;
                    Uni<Void> stored = persist ? session.persist(amendment).chain(session::flush) : session.flush();
                    return stored.chain(() -> outbox.publish(session, Topic.CONTRACTS_EVENTS,
                            ContractMessages.CONTRACT_MRR_CHANGED, contract.tenantId, contract.customerId, changed));
                });
    }

    /** The amendments' page order (the cursor's key). */
    private static final String PAGE_ORDER = "effective_date, created_at, id";

    /**
     * A page of the contract's amendments (applied, scheduled and rejected alike, oldest effective date first) after the
     * cursor's amendment; null when the tenant has no such contract.
     */
    public Uni<Page<AmendmentView>> list(String tenantId, UUID contractId, KeyCursor after, int limit) {
        String sql = "select cast(id as text), cast(effective_date as text),"
                + " to_char(created_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') from amendment"
                + " where tenant_id = :tenant and contract_id = :contract"
                + (after == null ? "" : " and (" + PAGE_ORDER + ") > (cast(:effective as date), cast(:at as timestamptz),"
                + " cast(:id as uuid))")
                + " order by " + PAGE_ORDER + " limit :limit";
        return sessions.withSession(session -> ContractService.load(session, tenantId, contractId, LockModeType.NONE)
                .onItem().ifNotNull().transformToUni(contract -> {
                    var query = session.createNativeQuery(sql, Object[].class).setParameter("tenant", tenantId)
                            .setParameter("contract", contractId).setParameter("limit", limit + 1);
                    if (after != null) {
                        // the cursor's keys, read back as the columns' own types (a key that does not read is a 400)
                        query.setParameter("effective", after.key(0, LocalDate::parse))
                                .setParameter("at", after.key(1, text -> OffsetDateTime.ofInstant(Instant.parse(text),
                                        ZoneOffset.UTC)))
                                .setParameter("id", after.key(2, UUID::fromString));
                    }
                    return query.getResultList().chain(rows -> {
                        Map<UUID, KeyCursor> positions = new LinkedHashMap<>();
                        rows.forEach(row -> positions.put(UUID.fromString((String) row[0]),
                                KeyCursor.of(row[1], row[2], row[0])));
                        List<UUID> ids = List.copyOf(positions.keySet());
                        return (ids.isEmpty() ? Uni.createFrom().item(List.<Amendment>of())
                                : session.createSelectionQuery("from Amendment where id in :ids", Amendment.class)
                                .setParameter("ids", ids).getResultList())
                                .map(found -> {
                                    Map<UUID, Amendment> byId = new LinkedHashMap<>();
                                    found.forEach(a -> byId.put(a.id, a));
                                    return ids.stream().map(byId::get).map(AmendmentView::of).toList();
                                })
                                .map(views -> KeyCursor.page(views, limit, view -> positions.get(view.id())));
                    });
                }));
    }
}
