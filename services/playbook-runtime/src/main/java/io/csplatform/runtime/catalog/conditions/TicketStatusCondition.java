package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * {@code ticket.status}: the triggering ticket's status (event {@code toStatus} / {@code status}) is one of
 * {@code params.in} (case-insensitive); when the trigger is not a ticket event, any open ticket of the customer has
 * one of those statuses.
 */
@Singleton
public class TicketStatusCondition implements Condition {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["in"],
             "properties": {"in": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}}}""");

    @Override
    public String id() {
        return "ticket.status";
    }

    @Override
    public Labels labels() {
        return new Labels("Ticket status is", "Status do ticket igual a");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome evaluate(JsonNode params, Context context) {
        List<String> wanted = StreamSupport.stream(params.path("in").spliterator(), false).map(JsonNode::asText).toList();
        Map<String, Object> seen = new HashMap<>();
        seen.put("in", wanted);
        if (TriggeringTicket.present(context)) {
            String status = TriggeringTicket.status(context);
            seen.put("ticket.id", String.valueOf(TriggeringTicket.id(context)));
            seen.put("ticket.status", status);
            return Outcome.of(status != null && wanted.stream().anyMatch(status::equalsIgnoreCase), seen);
        }
        List<Facts.Ticket> open = context.facts().tickets().stream().filter(ticket -> !ticket.closed()).toList();
        List<String> matching = open.stream()
                .filter(ticket -> ticket.status() != null && wanted.stream().anyMatch(ticket.status()::equalsIgnoreCase))
                .map(ticket -> String.valueOf(ticket.id())).toList();
        seen.put("ticket", "no triggering ticket: open tickets checked");
        seen.put("openTickets", open.size());
        seen.put("matchingTickets", matching);
        return Outcome.of(!matching.isEmpty(), seen);
    }
}
