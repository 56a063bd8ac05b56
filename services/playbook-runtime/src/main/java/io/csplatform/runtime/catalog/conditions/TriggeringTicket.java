package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;

import java.util.Optional;
import java.util.UUID;

/**
 * The ticket of a ticket event ({@code ticket.*}): its fields come from the event's payload and, when the payload
 * lacks one (e.g. {@code ticket.sla.breached} has no status), from the customer's ticket with the same id.
 */
final class TriggeringTicket {

    private TriggeringTicket() {
    }

    static boolean present(Context context) {
        return context.event() != null && context.event().type() != null && context.event().type().startsWith("ticket.")
                && context.event().payload().hasNonNull("ticketId");
    }

    static UUID id(Context context) {
        try {
            return UUID.fromString(context.event().payload().path("ticketId").asText());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The ticket in the facts with the event's ticket id. */
    static Optional<Facts.Ticket> known(Context context) {
        UUID id = id(context);
        return context.facts().tickets().stream().filter(ticket -> ticket.id() != null && ticket.id().equals(id))
                .findFirst();
    }

    static String status(Context context) {
        JsonNode payload = context.event().payload();
        for (String field : new String[] {"toStatus", "status"}) {
            if (payload.path(field).isTextual()) {
                return payload.path(field).asText();
            }
        }
        return known(context).map(Facts.Ticket::status).orElse(null);
    }

    static String priority(Context context) {
        JsonNode payload = context.event().payload();
        if (payload.path("priority").isTextual()) {
            return payload.path("priority").asText();
        }
        return known(context).map(Facts.Ticket::priority).orElse(null);
    }

    static Integer rating(Context context) {
        JsonNode payload = context.event().payload();
        if (payload.path("rating").isIntegralNumber()) {
            return payload.path("rating").asInt();
        }
        return known(context).map(Facts.Ticket::rating).orElse(null);
    }
}
