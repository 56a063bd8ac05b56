package io.csplatform.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** {@code csat.response.received}: a contact of the customer answered a CSAT survey (score 1 to 5), maybe about a ticket. */
public record CsatResponseReceived(UUID responseId, UUID surveyId, UUID customerId,
                                   @JsonInclude(JsonInclude.Include.ALWAYS) UUID contactId, UUID ticketId, int score,
                                   String comment, Instant answeredAt) {
}
