package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.JourneyMessages;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.SetJourney;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

/** {@code journey.set}: set or change the customer's journey to the latest version of a journey template. */
@Singleton
public class JourneySetAction implements Action {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["templateId"],
             "properties": {"templateId": {"type": "string", "format": "uuid"}}}""");

    @Override
    public String id() {
        return "journey.set";
    }

    @Override
    public Labels labels() {
        return new Labels("Set the customer's journey", "Definir a jornada do cliente");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, Context context) {
        return Plan.send(JourneyMessages.SET_JOURNEY, new SetJourney(step, context.facts().customerId(),
                ActionParams.uuid(params, "templateId")));
    }
}
