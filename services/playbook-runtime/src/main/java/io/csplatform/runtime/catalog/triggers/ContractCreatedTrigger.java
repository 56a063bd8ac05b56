package io.csplatform.runtime.catalog.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import io.csplatform.runtime.evaluation.Condition.Outcome;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.EventTrigger;
import io.csplatform.runtime.evaluation.Labels;
import io.csplatform.runtime.evaluation.ParamsSchema;
import jakarta.inject.Singleton;

import java.util.Map;

/** {@code contract.created}: a new contract is registered (no parameters). */
@Singleton
public class ContractCreatedTrigger implements EventTrigger {

    private static final JsonNode SCHEMA = ParamsSchema.none();

    @Override
    public String id() {
        return "contract.created";
    }

    @Override
    public Labels labels() {
        return new Labels("New customer contract", "Novo Contrato de Cliente");
    }

    @Override
    public JsonNode paramsSchema() {
        return SCHEMA;
    }

    @Override
    public Outcome matches(JsonNode params, Context context) {
        return Outcome.of(true, Map.of());
    }
}
