package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * {@code customer.tags}: the customer has ({@code has}) / has not ({@code hasNot}) the listed tags, {@code match} any (default)
 * or all; see {@link CustomerSetCondition}.
 */
@Singleton
public class CustomerTagsCondition extends CustomerSetCondition {

    public CustomerTagsCondition() {
        super("customer.tags", new Labels("Customer has / has not tags", "Cliente possui/não possui tags"), "customer.tags");
    }

    @Override
    protected Set<String> values(Facts.Customer customer) {
        return customer.tags();
    }
}
