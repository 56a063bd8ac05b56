package io.csplatform.events.payload;

import java.time.Instant;
import java.util.UUID;

/** {@code user.login}: a user of the customer logged in to its product; {@code keyUser} tells whether it is a key user. */
public record UserLogin(UUID customerId, String userId, boolean keyUser, Instant loginAt) {
}
