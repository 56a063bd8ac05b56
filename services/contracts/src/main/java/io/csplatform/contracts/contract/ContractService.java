package io.csplatform.contracts.contract;

import io.csplatform.contracts.contract.ContractDtos.ContractView;
import io.csplatform.contracts.contract.ContractDtos.RegisterContract;
import io.csplatform.events.ContractMessages;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ContractCreated;
import io.csplatform.outbox.Outbox;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Clock;
import java.util.UUID;

/** Contract use cases: state and event commit in one transaction. */
@ApplicationScoped
public class ContractService {

    private final Mutiny.SessionFactory sessions;
    private final Outbox outbox;
    private final Clock clock;

    public ContractService(Mutiny.SessionFactory sessions, Outbox outbox, Clock clock) {
        this.sessions = sessions;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<ContractView> register(String tenantId, RegisterContract request) {
        Contract contract = new Contract();
        contract.id = UUID.randomUUID();
        contract.tenantId = tenantId;
        contract.customerId = request.customerId();
        contract.externalId = request.externalId();
        contract.mrr = request.mrr();
        contract.currency = request.currency();
        contract.startDate = request.startDate();
        contract.endDate = request.endDate();
        contract.status = "active";
        contract.createdAt = clock.instant();

        return sessions.withTransaction(session -> rejectDuplicateExternalId(session, contract)
                .chain(() -> session.persist(contract))
                .chain(() -> outbox.publish(session, Topic.CONTRACTS_EVENTS, ContractMessages.CONTRACT_CREATED, tenantId,
                        contract.customerId, created(contract)))
                .replaceWith(ContractView.of(contract)));
    }

    public Uni<ContractView> find(String tenantId, UUID id) {
        return sessions.withSession(session -> session
                .createSelectionQuery("from Contract where tenantId = :tenant and id = :id", Contract.class)
                .setParameter("tenant", tenantId).setParameter("id", id)
                .getSingleResultOrNull()
                .onItem().ifNotNull().transform(ContractView::of));
    }

    private Uni<Void> rejectDuplicateExternalId(Mutiny.Session session, Contract contract) {
        if (contract.externalId == null) {
            return Uni.createFrom().voidItem();
        }
        return session.createSelectionQuery(
                        "select count(*) from Contract where tenantId = :tenant and externalId = :externalId", Long.class)
                .setParameter("tenant", contract.tenantId).setParameter("externalId", contract.externalId)
                .getSingleResult()
                .invoke(count -> {
                    if (count > 0) {
                        throw ProblemException.conflict("duplicate-external-id",
                                "a contract with externalId '" + contract.externalId + "' already exists");
                    }
                })
                .replaceWithVoid();
    }

    private static ContractCreated created(Contract c) {
        return new ContractCreated(c.id, c.customerId, c.externalId, c.mrr, c.currency, c.startDate, c.endDate, c.status);
    }
}
