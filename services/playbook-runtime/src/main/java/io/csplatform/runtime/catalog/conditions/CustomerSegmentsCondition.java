package io.csplatform.runtime.catalog.conditions;

import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * {@code customer.segments}: the customer has ({@code has}) / has not ({@code hasNot}) the listed segments, {@code match} any (default)
 * or all; see {@link CustomerSetCondition}.
 */
@Singleton
public class CustomerSegmentsCondition extends CustomerSetCondition {

    public CustomerSegmentsCondition() {
        super("customer.segments", new Labels("Customer has / has not segments", "Cliente possui/não possui segmentos"), "customer.segments");
    }

    @Override
    protected Set<String> values(Facts.Customer customer) {
        return customer.segments();
    }
}
