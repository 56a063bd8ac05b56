package io.csplatform.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** {@code nps.response.received}: a contact of the customer answered an NPS survey (score 0 to 10). */
public record NpsResponseReceived(UUID responseId, UUID surveyId, UUID customerId,
                                  @JsonInclude(JsonInclude.Include.ALWAYS) UUID contactId, int score, String comment,
                                  Instant answeredAt) {
}
