package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.payload.Assignee;
import io.csplatform.runtime.evaluation.PathError;
import io.csplatform.templates.MessageTemplates;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reading and checking the params the actions share: templates, owner types / users, assignees. */
final class ActionParams {

    /** JSON Schema of a non-blank text. */
    static final String TEXT = """
            {"type": "string", "minLength": 1, "pattern": "\\\\S"}""";

    /** JSON Schema properties naming platform users: owner types (resolved when the action runs) and fixed users. */
    static final String OWNER_TYPES_AND_USERS = """
            "ownerTypes": {"type": "array", "items": %s, "uniqueItems": true},
            "users": {"type": "array", "items": %s, "uniqueItems": true}""".formatted(TEXT, TEXT);

    /** At least one owner type or user. */
    static final String SOMEONE = """
            "anyOf": [{"required": ["ownerTypes"], "properties": {"ownerTypes": {"minItems": 1}}},
                      {"required": ["users"], "properties": {"users": {"minItems": 1}}}]""";

    /** Who a task goes to: an owner type of the customer or a fixed user. */
    static final String ASSIGNEE = """
            {"type": "object", "additionalProperties": false, "maxProperties": 1, "minProperties": 1,
             "properties": {"ownerType": %s, "userId": %s}}""".formatted(TEXT, TEXT);

    private ActionParams() {
    }

    /** Each template field of {@code params} that names an unknown variable or does not parse. */
    static List<PathError> templates(JsonNode params, String path, String... fields) {
        List<PathError> errors = new ArrayList<>();
        for (String field : fields) {
            JsonNode value = params.get(field);
            if (value != null && value.isTextual()) {
                MessageTemplates.problems(value.asText())
                        .forEach(problem -> errors.add(new PathError(path + "." + field, problem)));
            }
        }
        return errors;
    }

    /**
     * The {@code title} of a task action with the customer's variables filled ({customer.name}...), as e-mails and
     * notifications have them; a title without a variable as it is. An error names what could not be rendered.
     */
    static MessageTemplates.Rendered title(JsonNode params, io.csplatform.runtime.evaluation.Context context) {
        String title = params.path("title").asText();
        return title.indexOf('{') < 0 ? new MessageTemplates.Rendered(java.util.Optional.of(title), null)
                : MessageTemplates.render(title, TemplateVariables.of(context, java.util.Optional.empty()));
    }

    static List<String> texts(JsonNode params, String field) {
        List<String> values = new ArrayList<>();
        params.path(field).forEach(value -> values.add(value.asText()));
        return values;
    }

    static String text(JsonNode node, String field) {
        return node.hasNonNull(field) && !node.get(field).asText().isBlank() ? node.get(field).asText() : null;
    }

    static UUID uuid(JsonNode node, String field) {
        return node.hasNonNull(field) ? UUID.fromString(node.get(field).asText()) : null;
    }

    static Assignee assignee(JsonNode params) {
        JsonNode assignee = params.path("assignee");
        return assignee.isObject() ? new Assignee(text(assignee, "ownerType"), text(assignee, "userId")) : null;
    }
}
