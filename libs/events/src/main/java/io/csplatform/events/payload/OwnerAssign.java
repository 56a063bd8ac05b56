package io.csplatform.events.payload;

import java.util.List;
import java.util.UUID;

/**
 * Command {@code owner.assign}: sets who holds an owner type for a customer. {@code operator}: {@code fixed}
 * ({@code userId}), {@code fewest-customers} or {@code lowest-mrr} (over {@code pool}; ties go to the smallest user id);
 * {@code source} is the playbook step that asked for it, if any.
 */
public record OwnerAssign(ExecutionStep source, UUID customerId, UUID ownerTypeId, String operator, String userId,
                          List<String> pool) {

    public static final String FIXED = "fixed";
    public static final String FEWEST_CUSTOMERS = "fewest-customers";
    public static final String LOWEST_MRR = "lowest-mrr";
}
