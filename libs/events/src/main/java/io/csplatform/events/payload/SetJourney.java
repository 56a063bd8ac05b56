package io.csplatform.events.payload;

import java.util.UUID;

/** {@code journey.set} (command): set or change the customer's journey to the latest version of a template. */
public record SetJourney(ExecutionStep source, UUID customerId, UUID templateId) {
}
