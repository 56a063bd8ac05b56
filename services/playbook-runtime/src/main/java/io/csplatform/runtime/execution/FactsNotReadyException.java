package io.csplatform.runtime.execution;

import java.util.UUID;

/** An event for a customer the projection has not seen yet (its events travel on another topic): retried. */
public class FactsNotReadyException extends RuntimeException {

    public FactsNotReadyException(UUID customerId) {
        super("no facts yet for customer " + customerId);
    }
}
