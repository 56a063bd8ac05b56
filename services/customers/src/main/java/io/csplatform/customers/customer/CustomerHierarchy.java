package io.csplatform.customers.customer;

import io.csplatform.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.LockModeType;
import org.hibernate.reactive.mutiny.Mutiny;

/** Parent accounts (matriz) and branches (filiais): one level deep, so no cycle can form. */
final class CustomerHierarchy {

    private CustomerHierarchy() {
    }

    /** Checks the customer's parent: same tenant, not itself, not a branch; and a parent account cannot become a branch. */
    static Uni<Void> check(Mutiny.Session session, Customer customer) {
        if (customer.parentId == null) {
            return Uni.createFrom().voidItem();
        }
        if (customer.parentId.equals(customer.id)) {
            throw ProblemException.invalidField("parentId", "a customer cannot be its own parent");
        }
        return CustomerService.find(session, customer.tenantId, customer.parentId, LockModeType.NONE)
                .invoke(parent -> {
                    if (parent == null) {
                        throw ProblemException.invalidField("parentId", "unknown customer " + customer.parentId);
                    }
                    if (parent.parentId != null) {
                        throw ProblemException.conflict("branch-of-branch",
                                "customer " + parent.id + " is a branch; a branch cannot have branches");
                    }
                })
                .chain(() -> session.createSelectionQuery(
                                "select count(*) from Customer where tenantId = :tenant and parentId = :id", Long.class)
                        .setParameter("tenant", customer.tenantId).setParameter("id", customer.id)
                        .getSingleResult())
                .invoke(branches -> {
                    if (branches > 0) {
                        throw ProblemException.conflict("parent-with-branches",
                                "customer " + customer.id + " has branches; a parent account cannot become a branch");
                    }
                })
                .replaceWithVoid();
    }
}
