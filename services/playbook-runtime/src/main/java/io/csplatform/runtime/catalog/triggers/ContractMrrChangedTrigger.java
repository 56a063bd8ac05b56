package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * {@code contract.mrr.changed} with {@code params.mode} ANY (the default), UPSELL or DOWNSELL. The mode matches the
 * amendment's kind, so an ADJUSTMENT ("reajuste", the ERP's {@code type_additive = 1}) fires ANY only, never
 * UPSELL or DOWNSELL, whichever way it moved the MRR (seed 001).
 */
@Singleton
public class ContractMrrChangedTrigger implements EventTrigger {

    private static final String ANY = "ANY";
    private static final JsonNode SCHEMA = ParamsSchema.parse("""
            {"type": "object", "additionalProperties": false,
             "properties": {"mode": {"enum": ["ANY", "UPSELL", "DOWNSELL"], "default": "ANY"}}}""");

    @Override
    public String id() {
        return "contract.mrr.changed";
    }

    @Override
    public Labels labels() {
        return new Labels("MRR changed", "Alteração de valor de MRR");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome matches(JsonNode params, Context context) {
        String mode = params.path("mode").asText(ANY);
        String kind = context.event().payload().path("kind").asText();
        return Outcome.of(ANY.equals(mode) || mode.equals(kind), Map.of("mode", mode, "kind", kind));
    }
}
