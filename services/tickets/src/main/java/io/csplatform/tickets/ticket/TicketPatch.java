package io.csplatform.tickets.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.csplatform.rest.Problem;
import io.csplatform.rest.ProblemException;
import io.csplatform.tickets.status.StatusList;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * A JSON merge patch (RFC 7396) of a ticket: fields present are set, null clears an optional one, absent fields stay.
 * Every offending field is named in one 400; fields not listed here (ids, times the service keeps) cannot be patched.
 */
final class TicketPatch {

    private record Field(boolean required, BiConsumer<Ticket, JsonNode> set) {
    }

    private final StatusList statuses;
    private final List<Problem.FieldError> errors = new ArrayList<>();

    private TicketPatch(StatusList statuses) {
        this.statuses = statuses;
    }

    static void apply(Ticket ticket, ObjectNode patch, StatusList statuses) {
        new TicketPatch(statuses).applyAll(ticket, patch);
    }

    private void applyAll(Ticket ticket, ObjectNode patch) {
        Map<String, Field> fields = Map.of(
                "subject", new Field(true, (t, v) -> t.subject = text(v, "subject", 300)),
                "status", new Field(true, (t, v) -> t.status = status(v)),
                "priority", new Field(true, (t, v) -> t.priority = priority(v)),
                "channel", new Field(false, (t, v) -> t.channel = text(v, "channel", 40)),
                "assigneeId", new Field(false, (t, v) -> t.assigneeId = text(v, "assigneeId", 100)),
                "contactId", new Field(false, (t, v) -> t.contactId = uuid(v, "contactId")),
                "firstResponseAt", new Field(false, (t, v) -> t.firstResponseAt = firstResponse(t, v)));
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Field field = fields.get(entry.getKey());
            if (field == null) {
                errors.add(new Problem.FieldError(entry.getKey(), "cannot be changed; patchable: " + fields.keySet().stream().sorted().toList()));
            } else if (entry.getValue().isNull() && field.required()) {
                errors.add(new Problem.FieldError(entry.getKey(), "must not be null"));
            } else {
                field.set().accept(ticket, entry.getValue().isNull() ? null : entry.getValue());
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("The patch has " + errors.size() + " invalid field(s)", errors));
        }
    }

    private String text(JsonNode value, String field, int max) {
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > max) {
            errors.add(new Problem.FieldError(field, "must be a text of 1 to " + max + " characters"));
            return null;
        }
        return value.asText();
    }

    private String status(JsonNode value) {
        if (!value.isTextual() || !statuses.has(value.asText())) {
            errors.add(new Problem.FieldError("status", "must be one of the tenant's statuses " + statuses.names()));
            return null;
        }
        return value.asText();
    }

    private String priority(JsonNode value) {
        if (!value.isTextual() || !Priorities.ALL.contains(value.asText())) {
            errors.add(new Problem.FieldError("priority", Priorities.MESSAGE));
            return null;
        }
        return value.asText();
    }

    private UUID uuid(JsonNode value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.asText());
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(field, "must be a UUID"));
            return null;
        }
    }

    private Instant firstResponse(Ticket ticket, JsonNode value) {
        if (value == null) {
            return null;
        }
        try {
            Instant at = Instant.parse(value.asText());
            if (at.isBefore(ticket.createdAt)) {
                errors.add(new Problem.FieldError("firstResponseAt", "must not be before the ticket's createdAt"));
            }
            return at;
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError("firstResponseAt", "must be an ISO-8601 instant such as 2026-11-24T10:15:30Z"));
            return null;
        }
    }
}
