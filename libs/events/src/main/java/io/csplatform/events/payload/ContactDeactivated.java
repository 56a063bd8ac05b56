package io.csplatform.events.payload;

import java.util.UUID;

/**
 * {@code contact.deactivated}: a contact left (or stopped being reachable). When {@code keyUser} is true a champion
 * left: a churn signal. {@code newMainContactId} is the contact promoted when the main one left, if any.
 */
public record ContactDeactivated(UUID customerId, UUID contactId, String name, String email, boolean keyUser,
                                 boolean wasMain, UUID newMainContactId) {
}
