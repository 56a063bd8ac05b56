package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code charge.upserted}: a charge is created or changed; {@code change} {@code created}, {@code changed} or
 * {@code both} (default), matched against the event's {@code CREATED} / {@code CHANGED}.
 */
@Singleton
public class ChargeUpsertedTrigger implements EventTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {"change": {"enum": ["created", "changed", "both"], "default": "both"}}}""");

    @Override
    public String id() {
        return "charge.upserted";
    }

    @Override
    public Labels labels() {
        return new Labels("Charge created / changed", "Cobrança financeira criada/alterada");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome matches(JsonNode params, Context context) {
        String change = params.path("change").asText("both");
        String eventChange = TriggerSupport.text(context.event().payload(), "change");
        boolean passed = eventChange != null
                && ("both".equals(change) || change.equals(eventChange.toLowerCase(Locale.ROOT)));
        Map<String, Object> seen = new HashMap<>();
        seen.put("event.change", eventChange);
        seen.put("change", change);
        return Outcome.of(passed, seen);
    }
}
