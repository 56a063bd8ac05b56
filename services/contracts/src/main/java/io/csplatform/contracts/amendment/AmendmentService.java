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
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.UUID;

/**
 * Amendments change a contract's MRR and publish {@code contract.mrr.changed} (old, new, delta, kind) and the
 * customer's new MRR. An UPSELL must raise the MRR and a DOWNSELL lower it; an ADJUSTMENT may go either way.
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

    /** Amends a contract the caller has locked; a rule broken is a {@link ProblemException} before anything is written. */
    public Uni<AmendmentView> amend(Mutiny.Session session, Contract contract, AmendContract request) {
        if (!contract.isActive()) {
            throw ProblemException.conflict("contract-not-active", "contract " + contract.id + " is " + contract.status);
        }
        int direction = request.mrr().compareTo(contract.mrr);
        if (request.kind() == Kind.UPSELL && direction <= 0 || request.kind() == Kind.DOWNSELL && direction >= 0) {
            throw ProblemException.invalidField("mrr", "an " + request.kind() + " must "
                    + (request.kind() == Kind.UPSELL ? "raise" : "lower") + " the MRR (now " + contract.mrr + ")");
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
        var changed = new ContractMrrChanged(contract.id, contract.customerId, amendment.id, amendment.kind,
                amendment.previousMrr, amendment.mrr, amendment.mrr.subtract(amendment.previousMrr), contract.currency,
                amendment.effectiveDate);
        return customerMrr.change(session, contract.tenantId, contract.customerId, contract.currency, changed.delta(),
                        () -> {
                            contract.mrr = amendment.mrr;
                            return session.persist(amendment).chain(session::flush)
                                    .chain(() -> outbox.publish(session, Topic.CONTRACTS_EVENTS,
                                            ContractMessages.CONTRACT_MRR_CHANGED, contract.tenantId, contract.customerId,
                                            changed));
                        })
                .replaceWith(AmendmentView.of(amendment));
    }
}
