package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code customer.tag.changed}: the {@code tag} (required, case-insensitive) is added to or removed from the
 * customer; {@code change} {@code added}, {@code removed} or {@code any} (default).
 */
@Singleton
public class CustomerTagChangedTrigger implements EventTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["tag"],
             "properties": {
               "tag": {"type": "string", "minLength": 1, "maxLength": 100},
               "change": {"enum": ["added", "removed", "any"], "default": "any"}}}""");

    @Override
    public String id() {
        return "customer.tag.changed";
    }

    @Override
    public Labels labels() {
        return new Labels("Customer tag added / removed", "Tag de Cliente Adicionada/Removida");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome matches(JsonNode params, Context context) {
        JsonNode payload = context.event().payload();
        String tag = params.path("tag").asText();
        String change = params.path("change").asText("any");
        String eventTag = TriggerSupport.text(payload, "tag");
        String eventChange = TriggerSupport.text(payload, "change");
        boolean passed = TriggerSupport.equalsIgnoreCase(tag, eventTag)
                && ("any".equals(change) || change.equalsIgnoreCase(String.valueOf(eventChange)));
        Map<String, Object> seen = new HashMap<>();
        seen.put("event.tag", eventTag);
        seen.put("event.change", eventChange);
        seen.put("tag", tag);
        seen.put("change", change);
        return Outcome.of(passed, seen);
    }
}
