package io.csplatform.events.payload;

import java.util.UUID;

/** {@code journey.set}: the customer's journey was set or changed; its tasks come from the template version. */
public record JourneySet(UUID journeyId, UUID customerId, UUID templateId, int templateVersion, String name,
                         UUID previousJourneyId, int taskCount, ExecutionStep source) {
}
