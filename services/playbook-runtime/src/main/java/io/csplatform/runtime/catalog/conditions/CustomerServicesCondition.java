package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * {@code customer.services}: the customer has ({@code has}) / has not ({@code hasNot}) the listed services, {@code match} any (default)
 * or all; see {@link CustomerSetCondition}.
 */
@Singleton
public class CustomerServicesCondition extends CustomerSetCondition {

    public CustomerServicesCondition() {
        super("customer.services", new Labels("Customer has / has not services", "Cliente possui/não possui serviços"), "customer.services");
    }

    @Override
    protected Set<String> values(Facts.Customer customer) {
        return customer.services();
    }
}
