package io.csplatform.contracts.erp;

import io.csplatform.contracts.amendment.AmendmentDtos.AmendContract;
import io.csplatform.contracts.amendment.AmendmentService;
import io.csplatform.contracts.contract.Contract;
import io.csplatform.contracts.contract.ContractService;
import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.events.payload.ContractMrrChanged.Kind;
import io.csplatform.events.payload.ErpAmendment;
import io.csplatform.events.payload.ErpContract;
import io.csplatform.ingest.Applied;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Applies the ERP's contracts and amendments (from the bulk endpoints and from Kafka alike), in the caller's
 * transaction. Contracts are upserted by external id and ordered by the ERP's version; an MRR the ERP changed
 * without an amendment counts as an ADJUSTMENT. Amendments are recorded once per external id.
 */
@ApplicationScoped
public class ErpContracts {

    private final CustomerDirectory customers;
    private final ContractService contracts;
    private final AmendmentService amendments;
    private final Clock clock;

    public ErpContracts(CustomerDirectory customers, ContractService contracts, AmendmentService amendments, Clock clock) {
        this.customers = customers;
        this.contracts = contracts;
        this.amendments = amendments;
        this.clock = clock;
    }

    public Uni<Applied> contract(Mutiny.Session session, String tenantId, ErpContract erp) {
        return customers.byExternalId(session, tenantId, erp.customerExternalId())
                .chain(customerId -> customerId == null ? Uni.createFrom().item(Applied.unknownCustomer(erp.customerExternalId()))
                        : byExternalId(session, tenantId, erp.externalId()).chain(existing -> existing == null
                        ? create(session, tenantId, customerId, erp)
                        : update(session, existing, customerId, erp)));
    }

    public Uni<Applied> amendment(Mutiny.Session session, String tenantId, ErpAmendment erp) {
        return customers.byExternalId(session, tenantId, erp.customerExternalId())
                .chain(customerId -> customerId == null ? Uni.createFrom().item(Applied.unknownCustomer(erp.customerExternalId()))
                        : amendmentByExternalId(session, tenantId, erp.externalId()).chain(known -> known != null
                        ? Uni.createFrom().item(Applied.unchanged(known))
                        : byExternalId(session, tenantId, erp.contractExternalId()).chain(contract -> contract == null
                        || !contract.customerId.equals(customerId)
                        ? Uni.createFrom().item(Applied.rejected("unknown contract '" + erp.contractExternalId()
                        + "' for customer '" + erp.customerExternalId() + "'"))
                        : amend(session, contract, new AmendContract(erp.kind(), erp.mrr(), erp.effectiveDate(), erp.externalId())))));
    }

    private Uni<Applied> create(Mutiny.Session session, String tenantId, UUID customerId, ErpContract erp) {
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.tenantId = tenantId;
        contract.customerId = customerId;
        contract.externalId = erp.externalId();
        contract.mrr = erp.mrr();
        contract.currency = erp.currency();
        contract.status = Contract.ACTIVE;
        contract.createdAt = clock.instant();
        copy(erp, contract);
        if (contract.endDate != null && contract.endDate.isBefore(contract.startDate)) {
            return Uni.createFrom().item(Applied.rejected("endDate is before startDate"));
        }
        // a broken rule (e.g. MRR in another currency than the customer's) is checked before anything is written:
        // this item's rejection, not the batch's failure; create takes the customer's lock itself (CustomerMrr)
        return Uni.createFrom().deferred(() -> contracts.create(session, contract))
                .replaceWith(() -> Applied.created(contract.id))
                .onFailure(ProblemException.class).recoverWithItem(e -> Applied.rejected(e.getMessage()));
    }

    private Uni<Applied> update(Mutiny.Session session, Contract contract, UUID customerId, ErpContract erp) {
        long applied = contract.erpVersion == null ? -1 : contract.erpVersion;
        if (!contract.customerId.equals(customerId)) {
            return Uni.createFrom().item(Applied.rejected("contract '" + erp.externalId() + "' belongs to another customer"));
        }
        if (erp.version() < applied) {
            return Uni.createFrom().item(Applied.rejected("out of order: version " + erp.version()
                    + " is older than the applied version " + applied));
        }
        if (erp.version() == applied) {
            return Uni.createFrom().item(Applied.unchanged(contract.id));
        }
        copy(erp, contract);
        if (!contract.isActive() || erp.mrr().compareTo(contract.mrr) == 0) {
            return Uni.createFrom().item(Applied.updated(contract.id));
        }
        var adjustment = new AmendContract(Kind.ADJUSTMENT, erp.mrr(), LocalDate.now(clock), null);
        return amend(session, contract, adjustment).map(done -> done.outcome() == Applied.Outcome.REJECTED ? done
                : Applied.updated(contract.id));
    }

    private Uni<Applied> amend(Mutiny.Session session, Contract contract, AmendContract request) {
        if (!contract.isActive()) {
            return Uni.createFrom().item(Applied.rejected("contract '" + contract.externalId + "' is " + contract.status));
        }
        // deferred: amend throws a broken rule at once, which must become this item's rejection, not the batch's failure
        return Uni.createFrom().deferred(() -> amendments.amend(session, contract, request))
                .map(view -> Applied.created(view.id()))
                .onFailure(ProblemException.class).recoverWithItem(e -> Applied.rejected(e.getMessage()));
    }

    private static void copy(ErpContract erp, Contract contract) {
        contract.plan = erp.plan();
        contract.products = erp.products() == null ? new String[0] : erp.products().toArray(String[]::new);
        contract.users = erp.users();
        contract.startDate = erp.startDate();
        contract.endDate = erp.endDate();
        contract.autoRenew = Boolean.TRUE.equals(erp.autoRenew());
        contract.erpVersion = erp.version();
    }

    private static Uni<Contract> byExternalId(Mutiny.Session session, String tenantId, String externalId) {
        return session.createSelectionQuery("from Contract where tenantId = :tenant and externalId = :externalId", Contract.class)
                .setParameter("tenant", tenantId).setParameter("externalId", externalId)
                .setLockMode(LockMode.PESSIMISTIC_WRITE)
                .getSingleResultOrNull();
    }

    private static Uni<UUID> amendmentByExternalId(Mutiny.Session session, String tenantId, String externalId) {
        return session.createSelectionQuery(
                        "select id from Amendment where tenantId = :tenant and externalId = :externalId", UUID.class)
                .setParameter("tenant", tenantId).setParameter("externalId", externalId)
                .getResultList()
                .map(ids -> ids.isEmpty() ? null : ids.get(0));
    }
}
