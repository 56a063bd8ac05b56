package io.csplatform.runtime.catalog.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Facts;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "A given journey task" as the journey conditions name it: by {@code templateTaskId} (the same task across
 * customers) or, without one, by {@code title} (case-insensitive, trimmed); {@code journeyId} optionally narrows it
 * to one journey. Only journey tasks ({@code board = false}) match.
 */
public record JourneyTaskRef(UUID templateTaskId, String title, UUID journeyId) {

    /** JSON Schema properties of a task reference, to embed in a params schema (with {@link #ONE_OF_REQUIRED}). */
    public static final String PROPERTIES = """
            "templateTaskId": {"type": "string", "format": "uuid"},
            "title": {"type": "string", "minLength": 1},
            "journeyId": {"type": "string", "format": "uuid"}""";

    /** A task reference needs a template task id or a title. */
    public static final String ONE_OF_REQUIRED = """
            "anyOf": [{"required": ["templateTaskId"]}, {"required": ["title"]}]""";

    public static JourneyTaskRef of(JsonNode params) {
        return new JourneyTaskRef(uuid(params.get("templateTaskId")), text(params.get("title")),
                uuid(params.get("journeyId")));
    }

    public boolean matches(Facts.Task task) {
        if (task.board()) {
            return false;
        }
        if (journeyId != null && !journeyId.equals(task.journeyId())) {
            return false;
        }
        if (templateTaskId != null) {
            return templateTaskId.equals(task.templateTaskId());
        }
        return title != null && task.title() != null && title.trim().equalsIgnoreCase(task.title().trim());
    }

    public List<Facts.Task> find(Facts facts) {
        return facts.tasks().stream().filter(this::matches).toList();
    }

    /** How the reference reads in an outcome's {@code seen}. */
    public String describe() {
        String what = templateTaskId != null ? "templateTaskId " + templateTaskId : "title \"" + title + "\"";
        return journeyId == null ? what : what + " in journey " + journeyId;
    }

    /** The tasks' statuses for {@code seen}: task id -> status. */
    static Map<String, String> statuses(List<Facts.Task> tasks) {
        Map<String, String> statuses = new java.util.TreeMap<>();
        tasks.forEach(task -> statuses.put(String.valueOf(task.id()), task.status()));
        return statuses;
    }

    private static UUID uuid(JsonNode node) {
        return node == null || !node.isTextual() ? null : UUID.fromString(node.asText());
    }

    private static String text(JsonNode node) {
        return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText();
    }
}
