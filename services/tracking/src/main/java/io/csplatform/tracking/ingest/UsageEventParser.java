package io.csplatform.tracking.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.NulFreeStrings;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Checks one {@code tracking.event} (contracts/events/tracking.event.v1.json) by hand: the same rules as the schema,
 * without a schema validator per event at ingest volume. Answers the event or the first problem, naming its field.
 */
public final class UsageEventParser {

    private static final Set<String> FIELDS = Set.of("eventId", "customerExternalId", "userId", "event", "occurredAt",
            "quantity", "properties");
    private static final long MAX_QUANTITY = 1_000_000;

    /** Either the event or the problem (field relative to the item, e.g. {@code occurredAt}). */
    public record Parsed(UsageEvent event, String field, String reason) {

        static Parsed error(String field, String reason) {
            return new Parsed(null, field, reason);
        }

        public boolean ok() {
            return event != null;
        }
    }

    private UsageEventParser() {
    }

    public static Parsed parse(JsonNode item) {
        if (item == null || !item.isObject()) {
            return Parsed.error("", "must be an object");
        }
        for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                return Parsed.error(name, "is not a field of tracking.event");
            }
        }
        String eventId = text(item, "eventId", 100);
        String customer = text(item, "customerExternalId", 100);
        String user = text(item, "userId", 200);
        String event = text(item, "event", 200);
        for (String[] field : new String[][] {{"eventId", eventId}, {"customerExternalId", customer}, {"userId", user},
                {"event", event}}) {
            if (field[1] == null) {
                return Parsed.error(field[0], "is required: a string of 1 to " + (field[0].equals("userId")
                        || field[0].equals("event") ? 200 : 100) + " characters");
            }
            if (field[1].indexOf('\u0000') >= 0) {
                return Parsed.error(field[0], NulFreeStrings.MESSAGE);
            }
        }
        JsonNode at = item.get("occurredAt");
        if (at == null || !at.isTextual()) {
            return Parsed.error("occurredAt", "is required: an ISO-8601 instant");
        }
        Instant occurredAt;
        try {
            occurredAt = Instant.parse(at.asText());
        } catch (DateTimeParseException e) {
            return Parsed.error("occurredAt", "is not an ISO-8601 instant (e.g. 2026-03-01T12:00:00Z)");
        }
        long quantity = 1;
        JsonNode q = item.get("quantity");
        if (q != null && !q.isNull()) {
            if (!q.isIntegralNumber() || q.asLong() < 1 || q.asLong() > MAX_QUANTITY) {
                return Parsed.error("quantity", "must be an integer from 1 to " + MAX_QUANTITY);
            }
            quantity = q.asLong();
        }
        JsonNode properties = item.get("properties");
        if (properties != null && !properties.isNull() && !properties.isObject()) {
            return Parsed.error("properties", "must be an object");
        }
        String json = properties == null || properties.isNull() ? null : properties.toString();
        // the text escapes a NUL as \u0000: only then is the tree walked (a literal "\\u0000" also matches the text)
        if (json != null && json.contains("\\u0000") && holdsNul(properties)) {
            return Parsed.error("properties", NulFreeStrings.MESSAGE);
        }
        return new Parsed(new UsageEvent(eventId, customer, user, event, occurredAt, quantity, json), null, null);
    }

    /** PostgreSQL's jsonb cannot hold {@code \u0000}: in a value or a key, it would fail the whole batch's write. */
    private static boolean holdsNul(JsonNode node) {
        if (node.isTextual()) {
            return node.asText().indexOf('\u0000') >= 0;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().indexOf('\u0000') >= 0 || holdsNul(field.getValue())) {
                return true;
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (holdsNul(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String text(JsonNode item, String name, int max) {
        JsonNode node = item.get(name);
        if (node == null || !node.isTextual()) {
            return null;
        }
        String value = node.asText();
        return value.isEmpty() || value.length() > max ? null : value;
    }
}
