package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * {@code customer.groups}: the customer has ({@code has}) / has not ({@code hasNot}) the listed groups, {@code match} any (default)
 * or all; see {@link CustomerSetCondition}.
 */
@Singleton
public class CustomerGroupsCondition extends CustomerSetCondition {

    public CustomerGroupsCondition() {
        super("customer.groups", new Labels("Customer has / has not groups", "Cliente possui/não possui grupos"), "customer.groups");
    }

    @Override
    protected Set<String> values(Facts.Customer customer) {
        return customer.groups();
    }
}
