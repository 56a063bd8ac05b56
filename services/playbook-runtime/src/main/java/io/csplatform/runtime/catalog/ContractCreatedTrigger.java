package io.csplatform.runtime.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.PathError;
import io.csplatform.runtime.evaluation.Trigger;
import io.csplatform.runtime.evaluation.TriggerEvent;

import java.util.List;

/** {@code contract.created}: a new contract is registered (no parameters). */
public class ContractCreatedTrigger implements Trigger {

    @Override
    public String id() {
        return "contract.created";
    }

    @Override
    public List<PathError> validate(JsonNode params, String path) {
        return List.of();
    }

    @Override
    public boolean matches(JsonNode params, TriggerEvent event) {
        return true;
    }
}
