package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * {@code customer.products}: the customer has ({@code has}) / has not ({@code hasNot}) the listed products, {@code match} any (default)
 * or all; see {@link CustomerSetCondition}.
 */
@Singleton
public class CustomerProductsCondition extends CustomerSetCondition {

    public CustomerProductsCondition() {
        super("customer.products", new Labels("Customer has / has not products", "Cliente possui/não possui o(s) produto(s)"), "customer.products");
    }

    @Override
    protected Set<String> values(Facts.Customer customer) {
        return customer.products();
    }
}
