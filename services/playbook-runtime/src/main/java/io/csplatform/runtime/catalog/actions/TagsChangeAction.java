package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.TagsChange;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

/** {@code tags.change}: add and remove customer tags (a tag in both lists ends removed). */
@Singleton
public class TagsChangeAction implements Action {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {"add": {"type": "array", "items": %s, "uniqueItems": true},
                            "remove": {"type": "array", "items": %s, "uniqueItems": true}},
             "anyOf": [{"required": ["add"], "properties": {"add": {"minItems": 1}}},
                       {"required": ["remove"], "properties": {"remove": {"minItems": 1}}}]}"""
            .formatted(ActionParams.TEXT, ActionParams.TEXT));

    @Override
    public String id() {
        return "tags.change";
    }

    @Override
    public Labels labels() {
        return new Labels("Add / remove customer tags", "Adicionar/Remover Tags");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, Context context) {
        return Plan.send(CustomerMessages.TAGS_CHANGE, new TagsChange(step, context.facts().customerId(),
                ActionParams.texts(params, "add"), ActionParams.texts(params, "remove")));
    }
}
