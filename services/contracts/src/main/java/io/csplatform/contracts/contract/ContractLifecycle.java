package io.csplatform.contracts.contract;

import io.csplatform.contracts.contract.ContractDtos.CancelContract;
import io.csplatform.contracts.contract.ContractDtos.ContractView;
import io.csplatform.contracts.contract.ContractDtos.RenewContract;
import io.csplatform.contracts.customer.CustomerMrr;
import io.csplatform.events.ContractMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.ContractCancelled;
import io.csplatform.events.payload.ContractExpired;
import io.csplatform.events.payload.ContractRenewed;
import io.csplatform.outbox.Outbox;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Renewal, cancellation and expiry of a contract; each change and its events commit together. */
@ApplicationScoped
public class ContractLifecycle {

    private final Mutiny.SessionFactory sessions;
    private final CustomerMrr customerMrr;
    private final Outbox outbox;

    public ContractLifecycle(Mutiny.SessionFactory sessions, CustomerMrr customerMrr, Outbox outbox) {
        this.sessions = sessions;
        this.customerMrr = customerMrr;
        this.outbox = outbox;
    }

    /** A new term from the day after the current end date; null when the contract is unknown. */
    public Uni<ContractView> renew(String tenantId, UUID id, RenewContract request) {
        return sessions.withTransaction(session -> ContractService.load(session, tenantId, id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNotNull().transformToUni(contract -> {
                    requireActive(contract);
                    if (contract.endDate == null) {
                        throw ProblemException.conflict("open-ended-contract", "a contract without an end date needs no renewal");
                    }
                    if (!request.endDate().isAfter(contract.endDate)) {
                        throw ProblemException.invalidField("endDate", "must be after the current end date " + contract.endDate);
                    }
                    return renew(session, contract, request.endDate(), false).replaceWith(() -> ContractView.of(contract));
                }));
    }

    public Uni<ContractView> cancel(String tenantId, UUID id, CancelContract request) {
        return sessions.withTransaction(session -> ContractService.load(session, tenantId, id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNotNull().transformToUni(contract -> {
                    requireActive(contract);
                    var cancelled = new ContractCancelled(contract.id, contract.customerId, request.reason(),
                            request.date(), contract.mrr, contract.currency);
                    return customerMrr.change(session, tenantId, contract.customerId, contract.currency,
                                    contract.mrr.negate(), () -> {
                                        contract.status = Contract.CANCELLED;
                                        contract.cancelReason = request.reason();
                                        contract.cancelledOn = request.date();
                                        return publish(session, contract, ContractMessages.CONTRACT_CANCELLED, cancelled);
                                    })
                            .replaceWith(() -> ContractView.of(contract));
                }));
    }

    /** An active contract whose end date passed: renewed for the same term length when auto-renew, expired otherwise. */
    public Uni<Void> endOfTerm(Mutiny.Session session, Contract contract, LocalDate today) {
        if (contract.autoRenew) {
            long termDays = ChronoUnit.DAYS.between(contract.startDate, contract.endDate) + 1;
            LocalDate end = contract.endDate;
            while (end.isBefore(today)) {
                end = end.plusDays(termDays);
            }
            return renew(session, contract, end, true);
        }
        var expired = new ContractExpired(contract.id, contract.customerId, contract.endDate, contract.mrr, contract.currency);
        return customerMrr.change(session, contract.tenantId, contract.customerId, contract.currency, contract.mrr.negate(),
                () -> {
                    contract.status = Contract.EXPIRED;
                    return publish(session, contract, ContractMessages.CONTRACT_EXPIRED, expired);
                });
    }

    private Uni<Void> renew(Mutiny.Session session, Contract contract, LocalDate endDate, boolean automatic) {
        LocalDate previousEnd = contract.endDate;
        contract.startDate = previousEnd.plusDays(1);
        contract.endDate = endDate;
        var renewed = new ContractRenewed(contract.id, contract.customerId, previousEnd, contract.startDate, endDate,
                contract.mrr, contract.currency, automatic);
        return publish(session, contract, ContractMessages.CONTRACT_RENEWED, renewed).replaceWithVoid();
    }

    private <T> Uni<EventHeaders> publish(Mutiny.Session session, Contract contract,
                                          io.csplatform.events.MessageType<T> type, T payload) {
        return outbox.publish(session, Topic.CONTRACTS_EVENTS, type, contract.tenantId, contract.customerId, payload);
    }

    static void requireActive(Contract contract) {
        if (!contract.isActive()) {
            throw ProblemException.conflict("contract-not-active", "contract " + contract.id + " is " + contract.status);
        }
    }
}
