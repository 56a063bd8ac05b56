package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Picks among the customer's active contracts, shared by the {@code contract.*} conditions. */
final class ActiveContracts {

    private ActiveContracts() {
    }

    /**
     * The active contract ending last: the latest {@code endDate}; a contract without an end date is chosen only
     * when no active contract has one. Empty without an active contract.
     */
    static Optional<Facts.Contract> endingLast(Facts facts) {
        List<Facts.Contract> active = facts.activeContracts();
        return active.stream().max(Comparator.comparing(Facts.Contract::endDate,
                Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())));
    }

    /** The sum of the active contracts' MRR; null when one of them has no MRR or there is none. */
    static BigDecimal totalMrr(Facts facts) {
        List<Facts.Contract> active = facts.activeContracts();
        if (active.isEmpty() || active.stream().anyMatch(c -> c.mrr() == null)) {
            return null;
        }
        return active.stream().map(Facts.Contract::mrr).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The sum of the active contracts' users; null when one of them does not say or there is none. */
    static Integer totalUsers(Facts facts) {
        List<Facts.Contract> active = facts.activeContracts();
        if (active.isEmpty() || active.stream().anyMatch(c -> c.users() == null)) {
            return null;
        }
        return active.stream().mapToInt(Facts.Contract::users).sum();
    }
}
