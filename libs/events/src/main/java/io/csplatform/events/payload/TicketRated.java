package io.csplatform.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** {@code ticket.rated}: the customer rated a ticket's service from 1 to 5. */
public record TicketRated(UUID ticketId, UUID customerId, int rating, String comment, String status,
                          @JsonInclude(JsonInclude.Include.ALWAYS) String priority, Instant ratedAt, long version) {
}
