package io.csplatform.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** {@code ticket.status.changed}: a ticket moved to {@code toStatus}; {@code fromStatus} and {@code priority} are sent even when null. */
public record TicketStatusChanged(UUID ticketId, UUID customerId,
                                  @JsonInclude(JsonInclude.Include.ALWAYS) String fromStatus, String toStatus,
                                  boolean closed, @JsonInclude(JsonInclude.Include.ALWAYS) String priority,
                                  Instant changedAt, long version) {
}
