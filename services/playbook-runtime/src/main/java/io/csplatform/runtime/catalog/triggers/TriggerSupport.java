package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.PathError;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small helpers shared by the triggers: payload fields, case-insensitive matching, the {@code at} time of day. */
final class TriggerSupport {

    /** JSON Schema property of the optional local time of day {@code at} ("HH:mm", default 00:00). */
    static final String AT_PROPERTY = """
            "at": {"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$", "default": "00:00"}""";

    /** JSON Schema properties identifying a journey task: its template task id or its title. */
    static final String TASK_PROPERTIES = """
            "templateTaskId": {"type": "string", "format": "uuid"},
            "title": {"type": "string", "minLength": 1}""";

    private TriggerSupport() {
    }

    /** A text field of the payload; null when absent or null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A date field of the payload; null when absent, null or not a date. */
    static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The texts of a JSON array (empty for a missing node). */
    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    static Set<String> lower(Iterable<String> values) {
        Set<String> lower = new LinkedHashSet<>();
        values.forEach(value -> lower.add(value.toLowerCase(Locale.ROOT)));
        return lower;
    }

    static boolean equalsIgnoreCase(String expected, String actual) {
        return actual != null && expected.trim().equalsIgnoreCase(actual.trim());
    }

    /** Whether any of {@code wanted} is one of {@code actual}, ignoring case. */
    static boolean anyOf(Iterable<String> wanted, Iterable<String> actual) {
        Set<String> present = lower(actual);
        for (String value : wanted) {
            if (present.contains(value.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The {@code at} parameter, 00:00 when absent. */
    static LocalTime at(JsonNode params) {
        String at = params == null ? null : text(params, "at");
        return at == null ? LocalTime.MIDNIGHT : LocalTime.parse(at);
    }

    /**
     * Whether the event's task is the one the params name: {@code templateTaskId} (exact) or {@code title}
     * (case-insensitive, whole title); true when the params name none.
     */
    static boolean sameTask(JsonNode params, JsonNode payload) {
        String templateTaskId = text(params, "templateTaskId");
        if (templateTaskId != null && !templateTaskId.equalsIgnoreCase(String.valueOf(text(payload, "templateTaskId")))) {
            return false;
        }
        String title = text(params, "title");
        return title == null || equalsIgnoreCase(title, text(payload, "title"));
    }

    /** A task is named by its template task id or by its title, not both. */
    static List<PathError> oneTaskReference(JsonNode params, String path) {
        if (params != null && params.hasNonNull("templateTaskId") && params.hasNonNull("title")) {
            return List.of(new PathError(path + ".title", "name the task by templateTaskId or by title, not both"));
        }
        return List.of();
    }

    static <T> List<T> concat(List<T> first, List<T> second) {
        if (second.isEmpty()) {
            return first;
        }
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
