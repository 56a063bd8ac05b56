package io.csplatform.events.payload;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** {@code ticket.sla.breached}: a ticket missed its first-response or resolution deadline ({@code dueAt}). */
public record TicketSlaBreached(UUID ticketId, UUID customerId, @JsonInclude(JsonInclude.Include.ALWAYS) String priority,
                                Metric metric, Instant dueAt, Instant breachedAt) {

    public enum Metric {
        FIRST_RESPONSE, RESOLUTION
    }
}
