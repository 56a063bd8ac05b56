package io.csplatform.contracts.customer;

import io.csplatform.customerdirectory.CustomerDirectory;
import io.csplatform.events.ContractMessages;
import io.csplatform.events.EventHeaders;
import io.csplatform.events.Topic;
import io.csplatform.events.payload.CustomerMrrChanged;
import io.csplatform.outbox.Outbox;
import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Keeps the customer's MRR (sum over its active contracts; ARR = 12 × MRR) and publishes
 * {@code customer.mrr.changed} whenever a contract change moves it, so no other service recomputes it.
 */
@ApplicationScoped
public class CustomerMrr {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private final CustomerDirectory directory;
    private final Outbox outbox;

    public CustomerMrr(CustomerDirectory directory, Outbox outbox) {
        this.directory = directory;
        this.outbox = outbox;
    }

    /**
     * Locks the customer, runs {@code change} (which changes a contract and publishes its event) and, when
     * {@code delta} is not zero, publishes {@code customer.mrr.changed} caused by that event. The lock
     * serialises concurrent changes of one customer, so previous and new MRR always chain.
     */
    public Uni<Void> change(Mutiny.Session session, String tenantId, UUID customerId, String currency, BigDecimal delta,
                            Supplier<Uni<EventHeaders>> change) {
        // one read gives both the MRR in this currency and whether the customer has active MRR in another
        return directory.lock(session, tenantId, customerId)
                .chain(() -> activeMrrByCurrency(session, tenantId, customerId))
                .chain(byCurrency -> {
                    if (delta.signum() > 0) {
                        requireOneCurrency(byCurrency, currency);
                    }
                    BigDecimal previous = byCurrency.stream().filter(row -> currency.equals(row[0]))
                            .map(row -> (BigDecimal) row[1]).findFirst().orElse(BigDecimal.ZERO);
                    return change.get().chain(cause -> delta.signum() == 0 ? Uni.createFrom().voidItem()
                            : publish(session, cause, customerId, previous, previous.add(delta), currency));
                });
    }

    /** The customer's MRR per currency of its active contracts (one entry, or none, as contracts are registered). */
    public Uni<List<Object[]>> activeMrrByCurrency(Mutiny.Session session, String tenantId, UUID customerId) {
        return session.createSelectionQuery("""
                        select currency, sum(mrr) from Contract
                        where tenantId = :tenant and customerId = :customer and status = 'active'
                        group by currency order by currency""", Object[].class)
                .setParameter("tenant", tenantId).setParameter("customer", customerId)
                .getResultList();
    }

    /**
     * A customer's MRR is one sum in one currency (no sum across currencies, conventions.md): more MRR in another
     * currency than its active contracts' is a 409.
     */
    private static void requireOneCurrency(List<Object[]> activeMrrByCurrency, String currency) {
        List<String> others = activeMrrByCurrency.stream().map(row -> (String) row[0])
                .filter(other -> !other.equals(currency)).toList();
        if (!others.isEmpty()) {
            throw ProblemException.conflict("mrr-currency-mismatch", "the customer's active contracts are in "
                    + String.join(", ", others) + "; MRR in " + currency + " would be summed across currencies");
        }
    }

    private Uni<Void> publish(Mutiny.Session session, EventHeaders cause, UUID customerId, BigDecimal previous,
                              BigDecimal mrr, String currency) {
        var changed = new CustomerMrrChanged(customerId, previous, mrr, mrr.multiply(MONTHS), currency);
        return outbox.publishCausedBy(session, cause, Topic.CONTRACTS_EVENTS, ContractMessages.CUSTOMER_MRR_CHANGED,
                customerId, changed).replaceWithVoid();
    }
}
