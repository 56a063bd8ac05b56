package io.csplatform.ingest;

import java.util.UUID;

/** What applying one ERP message did; a rejection says why and whether trying again later may succeed. */
public record Applied(Outcome outcome, UUID id, String reason, boolean retryable) {

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    public static Applied created(UUID id) {
        return new Applied(Outcome.CREATED, id, null, false);
    }

    public static Applied updated(UUID id) {
        return new Applied(Outcome.UPDATED, id, null, false);
    }

    public static Applied unchanged(UUID id) {
        return new Applied(Outcome.UNCHANGED, id, null, false);
    }

    public static Applied rejected(String reason) {
        return new Applied(Outcome.REJECTED, null, reason, false);
    }

    /** The customer may simply not have reached this service yet. */
    public static Applied unknownCustomer(String externalId) {
        return new Applied(Outcome.REJECTED, null, "unknown customer '" + externalId + "'", true);
    }
}
