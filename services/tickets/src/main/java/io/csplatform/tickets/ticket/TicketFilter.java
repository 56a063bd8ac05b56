package io.csplatform.tickets.ticket;

import io.csplatform.rest.ProblemException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The filters of a ticket list, read from query parameters (a malformed one is a 400 naming it). */
public record TicketFilter(UUID customerId, UUID contactId, String status, String priority, String channel,
                           String assigneeId, Boolean closed, String externalId, Instant createdFrom, Instant createdTo) {

    public static TicketFilter of(String customerId, String contactId, String status, String priority, String channel,
                                  String assigneeId, String closed, String externalId, String createdFrom, String createdTo) {
        if (priority != null) {
            Priorities.check("priority", priority);
        }
        if (closed != null && !closed.equals("true") && !closed.equals("false")) {
            throw ProblemException.invalidField("closed", "must be true or false");
        }
        return new TicketFilter(uuid("customerId", customerId), uuid("contactId", contactId), status, priority, channel,
                assigneeId, closed == null ? null : Boolean.valueOf(closed), externalId, instant("createdFrom", createdFrom),
                instant("createdTo", createdTo));
    }

    public TicketFilter forCustomer(UUID customer) {
        return new TicketFilter(customer, contactId, status, priority, channel, assigneeId, closed, externalId, createdFrom,
                createdTo);
    }

    private static UUID uuid(String field, String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be a UUID");
        }
    }

    private static Instant instant(String field, String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be an ISO-8601 instant such as 2026-11-24T10:15:30Z");
        }
    }
}
