package io.csplatform.events.payload;

import java.util.UUID;

/**
 * {@code customer.owner.changed}: the user holding an owner type (e.g. "Analista Principal") for a customer changed.
 * {@code fromUserId} / {@code toUserId} are Keycloak user ids; null means "Não informado" (nobody).
 */
public record CustomerOwnerChanged(UUID customerId, UUID ownerTypeId, String ownerTypeName, String fromUserId,
                                   String toUserId) {
}
