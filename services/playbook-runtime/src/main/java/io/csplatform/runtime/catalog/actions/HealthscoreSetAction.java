package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.HealthScoreMessages;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.HealthScoreSet;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

/** {@code healthscore.set}: set the customer's health score to {@code value} (0..100) or move it by {@code delta}. */
@Singleton
public class HealthscoreSetAction implements Action {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["reason"],
             "properties": {"value": {"type": "number", "minimum": 0, "maximum": 100},
                            "delta": {"type": "number", "minimum": -100, "maximum": 100, "not": {"const": 0}},
                            "reason": %s},
             "oneOf": [{"required": ["value"]}, {"required": ["delta"]}]}""".formatted(ActionParams.TEXT));

    @Override
    public String id() {
        return "healthscore.set";
    }

    @Override
    public Labels labels() {
        return new Labels("Change the customer's health score", "Alterar Health Score do Cliente");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, Context context) {
        return Plan.send(HealthScoreMessages.HEALTHSCORE_SET, new HealthScoreSet(step, context.facts().customerId(),
                params.hasNonNull("value") ? params.get("value").decimalValue() : null,
                params.hasNonNull("delta") ? params.get("delta").decimalValue() : null,
                params.path("reason").asText(), "playbook " + step.playbookId()));
    }
}
