package io.csplatform.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** {@code ticket.created}: a support ticket was opened for a customer; consumers ignore a {@code version} older than the one applied. */
public record TicketCreated(UUID ticketId, UUID customerId, UUID contactId, String externalId, String subject,
                            String status, boolean closed, @JsonInclude(JsonInclude.Include.ALWAYS) String priority,
                            String channel, String assigneeId, Instant createdAt, long version) {
}
