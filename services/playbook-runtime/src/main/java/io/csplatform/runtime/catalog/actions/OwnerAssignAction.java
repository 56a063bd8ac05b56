package io.csplatform.runtime.catalog.actions;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.events.CustomerMessages;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.OwnerAssign;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

/**
 * {@code owner.assign}: set who holds an owner type for the customer: a fixed user, or the user of a pool with the
 * fewest customers or the lowest total MRR (customers decides, ties to the smallest user id).
 */
@Singleton
public class OwnerAssignAction implements Action {

    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false, "required": ["ownerTypeId", "operator"],
             "properties": {"ownerTypeId": {"type": "string", "format": "uuid"},
                            "operator": {"enum": ["fixed", "fewest-customers", "lowest-mrr"]},
                            "userId": %s,
                            "pool": {"type": "array", "minItems": 1, "items": %s, "uniqueItems": true}},
             "if": {"properties": {"operator": {"const": "fixed"}}},
             "then": {"required": ["userId"], "not": {"required": ["pool"]}},
             "else": {"required": ["pool"], "not": {"required": ["userId"]}}}"""
            .formatted(ActionParams.TEXT, ActionParams.TEXT));

    @Override
    public String id() {
        return "owner.assign";
    }

    @Override
    public Labels labels() {
        return new Labels("Set the customer's owner", "Definir responsável do cliente");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Plan plan(JsonNode params, ExecutionStep step, Context context) {
        return Plan.send(CustomerMessages.OWNER_ASSIGN, new OwnerAssign(step, context.facts().customerId(),
                ActionParams.uuid(params, "ownerTypeId"), params.path("operator").asText(),
                ActionParams.text(params, "userId"),
                params.has("pool") ? ActionParams.texts(params, "pool") : null));
    }
}
