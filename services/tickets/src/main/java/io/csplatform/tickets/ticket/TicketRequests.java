package io.csplatform.tickets.ticket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Request bodies of {@code /api/v1/tickets}. */
public final class TicketRequests {

    private TicketRequests() {
    }

    /** A new ticket: {@code status} defaults to the tenant's first open status, {@code priority} to normal. */
    public record Create(
            @NotNull UUID customerId,
            UUID contactId,
            @Size(min = 1, max = 100) String externalId,
            @NotBlank @Size(max = 300) String subject,
            @Size(min = 1, max = 40) String status,
            @Pattern(regexp = Priorities.PATTERN, message = Priorities.MESSAGE) String priority,
            @Size(min = 1, max = 40) String channel,
            @Size(min = 1, max = 100) String assigneeId) {
    }

    /** The customer's rating of the ticket's service, 1 to 5, with an optional comment. */
    public record Rate(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 2000) String comment) {
    }
}
