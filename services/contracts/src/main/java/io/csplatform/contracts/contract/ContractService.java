package io.csplatform.contracts.contract;

import io.csplatform.contracts.contract.ContractDtos.ContractView;
import io.csplatform.contracts.contract.ContractDtos.RegisterContract;
import io.csplatform.contracts.customer.CustomerMrr;
import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.events.ContractMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ContractCreated;
import io.csplatform.outbox.Outbox;
import io.csplatform.outbox.UniqueViolation;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Registering and reading contracts: state and events commit in one transaction. */
@ApplicationScoped
public class ContractService {

    private final Mutiny.SessionFactory sessions;
    private final CustomerDirectory customers;
    private final CustomerMrr customerMrr;
    private final Outbox outbox;
    private final Clock clock;

    public ContractService(Mutiny.SessionFactory sessions, CustomerDirectory customers, CustomerMrr customerMrr,
                           Outbox outbox, Clock clock) {
        this.sessions = sessions;
        this.customers = customers;
        this.customerMrr = customerMrr;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<ContractView> register(String tenantId, RegisterContract request) {
        Contract contract = newContract(tenantId, request);
        return sessions.withTransaction(session -> customers.lock(session, tenantId, request.customerId())
                        .onItem().ifNull().failWith(() -> ProblemException.invalidField("customerId",
                                "unknown customer " + request.customerId()))
                        .chain(() -> create(session, contract)))
                .onFailure(UniqueViolation::test).transform(e -> ProblemException.conflict("duplicate-external-id",
                        "a contract with externalId '" + contract.externalId + "' already exists"))
                .replaceWith(() -> ContractView.of(contract));
    }

    /** Stores a new contract of a known customer and publishes it with the customer's new MRR. */
    public Uni<Void> create(Mutiny.Session session, Contract contract) {
        return customerMrr.change(session, contract.tenantId, contract.customerId, contract.currency, contract.mrr,
                () -> session.persist(contract).chain(session::flush)
                        .chain(() -> outbox.publish(session, Topic.CONTRACTS_EVENTS, ContractMessages.CONTRACT_CREATED,
                                contract.tenantId, contract.customerId, created(contract))));
    }

    public Uni<ContractView> find(String tenantId, UUID id) {
        return sessions.withSession(session -> load(session, tenantId, id, LockModeType.NONE)
                .onItem().ifNotNull().transform(ContractView::of));
    }

    /** The tenant's contract, locked when asked; null when unknown or another tenant's. */
    public static Uni<Contract> load(Mutiny.Session session, String tenantId, UUID id, LockModeType lock) {
        return session.createSelectionQuery("from Contract where tenantId = :tenant and id = :id", Contract.class)
                .setParameter("tenant", tenantId).setParameter("id", id)
                .setLockMode(lock)
                .getSingleResultOrNull();
    }

    private Contract newContract(String tenantId, RegisterContract request) {
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.tenantId = tenantId;
        contract.customerId = request.customerId();
        contract.externalId = request.externalId();
        contract.plan = request.plan();
        contract.products = request.products() == null ? new String[0] : request.products().toArray(String[]::new);
        contract.users = request.users();
        contract.mrr = request.mrr();
        contract.currency = request.currency();
        contract.startDate = request.startDate();
        contract.endDate = request.endDate();
        contract.autoRenew = Boolean.TRUE.equals(request.autoRenew());
        contract.status = Contract.ACTIVE;
        contract.createdAt = clock.instant();
        return contract;
    }

    private static ContractCreated created(Contract c) {
        return new ContractCreated(c.id, c.customerId, c.externalId, c.mrr, c.currency, c.startDate, c.endDate, c.status,
                c.plan, List.of(c.products), c.users, c.autoRenew);
    }
}
