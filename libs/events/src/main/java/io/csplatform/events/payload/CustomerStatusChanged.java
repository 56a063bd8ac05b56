package io.csplatform.events.payload;

import java.util.UUID;

/** {@code customer.status.changed}: the customer's status (one of the tenant's configured statuses) changed. */
public record CustomerStatusChanged(UUID customerId, String fromStatus, String toStatus) {
}
