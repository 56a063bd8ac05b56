package io.csplatform.runtime.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.PathError;
import io.csplatform.runtime.evaluation.Trigger;
import io.csplatform.runtime.evaluation.TriggerEvent;

import java.util.List;
import java.util.Set;

/**
 * {@code contract.mrr.changed} with {@code params.mode} ANY (the default), UPSELL or DOWNSELL. The mode matches the
 * amendment's kind, so an ADJUSTMENT ("reajuste", the ERP's {@code type_additive = 1}) fires ANY only, never
 * UPSELL or DOWNSELL, whichever way it moved the MRR (seed 001).
 */
public class ContractMrrChangedTrigger implements Trigger {

    private static final String ANY = "ANY";
    private static final Set<String> MODES = Set.of(ANY, "UPSELL", "DOWNSELL");

    @Override
    public String id() {
        return "contract.mrr.changed";
    }

    @Override
    public List<PathError> validate(JsonNode params, String path) {
        JsonNode mode = params.path("mode");
        if (!mode.isMissingNode() && !(mode.isTextual() && MODES.contains(mode.asText()))) {
            return List.of(new PathError(path + ".mode", "must be one of ANY, UPSELL, DOWNSELL"));
        }
        return List.of();
    }

    @Override
    public boolean matches(JsonNode params, TriggerEvent event) {
        String mode = params.path("mode").asText(ANY);
        return ANY.equals(mode) || mode.equals(event.payload().path("kind").asText());
    }
}
